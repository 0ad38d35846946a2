package org.claimtrack.sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtrack.extract.SourceType;
import org.claimtrack.review.Claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The aliases (and match keys) a claim's source mention leaves on its canonical source, and taking them
 * back (issue 15, item 5): when a correction moves a claim off a source, or changes the words of its
 * mention, the aliases only that mention had taught the source go again, so the next article's "Zarif's
 * spokesman" no longer joins Zarif. An alias stays while another claim of the source still names it, and
 * an alias or key the source gained from a merge (live {@code source_merge.gained_*}) stays always. The
 * source's own name and handles never go.
 */
@ApplicationScoped
public class SourceAliases {

    @Inject
    EntityManager em;

    /** One claim's mention as stored on the claim row. */
    public record Mention(String text, String name, SourceType type, String handle) {
    }

    /** The claim's mention as it is now. */
    public static Mention of(Claim c) {
        return new Mention(c.sourceText, c.sourceName, c.sourceType, c.sourceHandle);
    }

    /** The aliases and the key this mention teaches a source ({@link SourceResolver#resolve} adds these). */
    record Taught(Set<String> aliases, String key) {
    }

    static Taught taught(Mention m) {
        Set<String> aliases = new LinkedHashSet<>();
        String key = null;
        if (m.type() != null && m.type() != SourceType.UNNAMED) {
            String raw = m.name() != null && !m.name().isBlank() ? m.name() : m.text();
            SourceNames.Parsed p = SourceNames.parse(raw, m.type(), m.handle());
            if (p != null) {
                aliases.add(lower(p.display()));
                key = p.key();
            }
        }
        if (m.text() != null && !SourceNames.isPronoun(m.text())) {
            aliases.add(lower(m.text().strip()));
        }
        return new Taught(aliases, key);
    }

    /**
     * Takes back from {@code source} what {@code gone} taught it and no claim still credited to it teaches.
     * Call after the claim's own change is flushed: the claim counts with its new mention, if it still
     * points here. Must run inside the caller's transaction.
     */
    public void release(Source source, Mention gone) {
        if (source == null || gone == null) {
            return;
        }
        Taught left = taught(gone);
        if (left.aliases().isEmpty() && left.key() == null) {
            return;
        }
        em.flush();
        Set<String> usedAliases = new HashSet<>();
        Set<String> usedKeys = new HashSet<>();
        usedKeys.add(SourceNames.key(source.name));
        for (Mention m : mentions(source.id)) {
            Taught t = taught(m);
            usedAliases.addAll(t.aliases());
            if (t.key() != null) {
                usedKeys.add(t.key());
            }
        }
        List<String> mergedAliases = new ArrayList<>();
        List<String> mergedKeys = new ArrayList<>();
        for (SourceMerge m : SourceMerge.<SourceMerge>list("intoId = ?1 and undoneAt is null", source.id)) {
            m.gainedAliases.forEach(a -> mergedAliases.add(lower(a)));
            mergedKeys.addAll(m.gainedKeys);
        }
        source.aliases.removeIf(a -> left.aliases().contains(lower(a)) && !usedAliases.contains(lower(a))
                && !mergedAliases.contains(lower(a)));
        if (left.key() != null && !usedKeys.contains(left.key()) && !mergedKeys.contains(left.key())) {
            source.keys.remove(left.key());
        }
    }

    /** Gives a source back what a mention teaches it (an undo puts a claim back on the source it left). */
    public void teach(Source source, Mention m) {
        if (source == null || m == null) {
            return;
        }
        Taught t = taught(m);
        String raw = m.name() != null && !m.name().isBlank() ? m.name() : m.text();
        SourceNames.Parsed p = t.key() == null ? null : SourceNames.parse(raw, m.type(), m.handle());
        if (p != null) {
            SourceResolver.addAlias(source, p.display());
        }
        if (m.text() != null && !SourceNames.isPronoun(m.text())) {
            SourceResolver.addAlias(source, m.text().strip());
        }
        // as the resolver does: a person's bare surname is never a key
        boolean bareSurname = source.type == SourceType.PERSON && t.key() != null && !t.key().contains(" ");
        if (t.key() != null && !bareSurname && !source.keys.contains(t.key())) {
            source.keys.add(t.key());
        }
    }

    /** The distinct mentions of the claims credited to a source (a few per source, however many claims). */
    private List<Mention> mentions(long sourceId) {
        List<Mention> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select distinct source_text, source_name, source_type, source_handle from claim where source_id = ?1""")
                .setParameter(1, sourceId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Mention((String) r[0], (String) r[1], r[2] == null ? null : SourceType.valueOf((String) r[2]),
                    (String) r[3]));
        }
        return out;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
