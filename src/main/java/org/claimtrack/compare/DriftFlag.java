package org.claimtrack.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.Inputs;

/**
 * How a group's claim changed from one article to another (V16 drift_refresh computes them; the
 * order is drift_flag_names(), the order lists show them in).
 */
public enum DriftFlag {
    ATTRIBUTION_DROPPED("attributed elsewhere, stated as the article's own assertion here"),
    KIND_CHANGED("another kind of source than the first attributed article"),
    HEDGE_DROPPED("no hedge, where an earlier article hedged"),
    HEDGE_ADDED("hedged, where an earlier article was not"),
    QUOTE_TO_PARAPHRASE("a paraphrase of what an earlier article quoted"),
    CONFLICT("disagrees on a checkable detail with another claim (flagged, not merged)");

    /** What the flag means, for the page's legend and the API's description. */
    public final String meaning;

    DriftFlag(String meaning) {
        this.meaning = meaning;
    }

    /** The list filter of {@code flag}: one flag, ANY (at least one flag, the default) or ALL (every group). */
    static String filter(String value) {
        if (value == null || value.isBlank()) {
            return "ANY";
        }
        String v = Inputs.noNul(value, "flag").strip().toUpperCase(Locale.ROOT);
        if (v.equals("ANY") || v.equals("ALL")) {
            return v;
        }
        try {
            return valueOf(v).name();
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "flag must be one of " + Arrays.stream(values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", ANY or ALL, not '" + value.strip() + "'");
        }
    }
}
