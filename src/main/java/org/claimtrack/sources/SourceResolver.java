package org.claimtrack.sources;

import java.util.List;
import java.util.Set;

import org.claimtrack.extract.SourceMention;
import org.claimtrack.extract.SourceType;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Links a claim's source mention to a canonical {@link Source}, conservatively:
 * <ol>
 * <li>a handle joins ("@JZarif" is Javad Zarif wherever it appears);</li>
 * <li>the same match key joins, within the person family or the body family (GOVERNMENT,
 * ORGANIZATION, MEDIA): titles, "the", possessives and the well-known-body table make "the
 * Pentagon" and "U.S. Department of Defense" one key;</li>
 * <li>a surname-only person ("Zarif", "Secretary Pompeo") joins a full name only when exactly one
 * known person has that surname; a full name joins a surname-only source only when no other
 * full name shares the surname;</li>
 * <li>anything else makes a new source, which an editor can merge.</li>
 * </ol>
 * Unnamed sources ("officials", "sources") and pronouns stay unlinked: two anonymous officials are
 * not one source.
 */
@ApplicationScoped
public class SourceResolver {

    /** Must run inside the caller's transaction. */
    public Source resolve(SourceMention mention) {
        if (mention == null || mention.type() == null || mention.type() == SourceType.UNNAMED) {
            return null;
        }
        String raw = mention.name() != null && !mention.name().isBlank() ? mention.name() : mention.text();
        SourceNames.Parsed p = SourceNames.parse(raw, mention.type(), mention.handle());
        if (p == null) {
            return null;
        }
        Source s = find(p, mention.type());
        if (s == null) {
            s = new Source();
            s.name = p.display();
            s.type = mention.type();
            s.surname = p.surname();
            s.keys.add(p.key());
            if (p.handle() != null) {
                s.handles.add(p.handle());
            }
            s.persist();
        } else {
            remember(s, p, mention);
        }
        return s;
    }

    private Source find(SourceNames.Parsed p, SourceType type) {
        if (p.handle() != null) {
            Source byHandle = first(Source.getEntityManager()
                    .createNativeQuery("select * from source where handles @> array[?1]::text[] order by id limit 1", Source.class)
                    .setParameter(1, p.handle()).getResultList());
            if (byHandle != null) {
                return byHandle;
            }
        }
        Set<SourceType> family = SourceNames.family(type);
        Source byKey = first(Source.getEntityManager()
                .createNativeQuery("select * from source where keys @> array[?1]::text[] and type = any(?2) order by id limit 1",
                        Source.class)
                .setParameter(1, p.key()).setParameter(2, family.stream().map(Enum::name).toArray(String[]::new))
                .getResultList());
        if (byKey != null || type != SourceType.PERSON || p.surname() == null) {
            return byKey;
        }
        List<Source> sameSurname = Source.list("surname = ?1 and type = ?2 order by id", p.surname(), SourceType.PERSON);
        boolean surnameOnly = !p.key().contains(" ");
        if (surnameOnly) {
            // "Zarif" joins Javad Zarif only if no other Zarif is known
            return sameSurname.size() == 1 ? sameSurname.get(0) : null;
        }
        // "Javad Zarif" takes over an earlier surname-only "Zarif" unless another full-name Zarif exists
        List<Source> fullNames = sameSurname.stream().filter(s -> s.name.strip().contains(" ")).toList();
        // "Mohammad Javad Zarif" is "Javad Zarif" (one name ends the other), when only one such person is known
        List<Source> longerOrShorter = fullNames.stream().filter(s -> SourceNames.oneEndsTheOther(SourceNames.key(s.name), p.key()))
                .toList();
        if (longerOrShorter.size() == 1) {
            return longerOrShorter.get(0);
        }
        List<Source> bare = sameSurname.stream().filter(s -> !s.name.strip().contains(" ")).toList();
        return fullNames.isEmpty() && bare.size() == 1 ? bare.get(0) : null;
    }

    private static Source first(List<?> rows) {
        return rows.isEmpty() ? null : (Source) rows.get(0);
    }

    /** Adds what this mention taught us: a better name, an alias, a key, a handle. */
    private static void remember(Source s, SourceNames.Parsed p, SourceMention mention) {
        boolean nameIsWeak = s.name.startsWith("@") || (s.type == SourceType.PERSON && !s.name.contains(" ")
                && p.display().contains(" ") && !p.display().startsWith("@"));
        if (nameIsWeak && !p.display().equals(s.name)) {
            addAlias(s, s.name);
            // the bare surname was this source's key; now it is ambiguous-able and must not match by key
            s.keys.remove(SourceNames.key(s.name));
            s.name = p.display();
            if (s.type == SourceType.PERSON) {
                s.surname = p.surname();
            }
        }
        addAlias(s, p.display());
        if (mention.text() != null && !SourceNames.isPronoun(mention.text())) {
            addAlias(s, mention.text().strip());
        }
        // a person's bare surname never becomes a key: it joins through the surname rule only
        boolean bareSurname = s.type == SourceType.PERSON && !p.key().contains(" ");
        if (!bareSurname && !s.keys.contains(p.key())) {
            s.keys.add(p.key());
        }
        if (p.handle() != null && !s.handles.contains(p.handle())) {
            s.handles.add(p.handle());
        }
    }

    static void addAlias(Source s, String alias) {
        if (!SourceNames.isAlias(alias)) {
            return;
        }
        String a = alias.strip();
        if (!s.name.equalsIgnoreCase(a) && s.aliases.stream().noneMatch(x -> x.equalsIgnoreCase(a))) {
            s.aliases.add(a);
        }
    }
}
