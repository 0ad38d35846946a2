package org.claimtrack.compare;

import io.quarkus.qute.TemplateExtension;

/** Template helpers of the compare pages. */
@TemplateExtension
public class CompareExtensions {

    /** {@code {share.pct}}: 0.4567 → "46 %". */
    static String pct(Double share) {
        return ProfileChart.pct(share == null ? 0 : share);
    }
}
