package org.claimtrack.sources;

import java.util.List;
import java.util.Locale;

import org.claimtrack.extract.SourceMention;
import org.claimtrack.extract.SourceType;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Links a claim's source mention to a canonical {@link Source}. Conservative on purpose: a handle,
 * or the same resolved name (or a stored alias) of the same type joins; anything else makes a new
 * source that an editor can merge. Unnamed sources ("officials", "sources") stay unlinked: two
 * anonymous officials are not one source.
 */
@ApplicationScoped
public class SourceResolver {

    /** Must run inside the caller's transaction. */
    public Source resolve(SourceMention mention) {
        if (mention == null || mention.type() == null || mention.type() == SourceType.UNNAMED) {
            return null;
        }
        String name = mention.name() != null && !mention.name().isBlank() ? mention.name().strip() : mention.text();
        if (name == null || name.isBlank()) {
            return null;
        }
        if (mention.handle() != null && !mention.handle().isBlank()) {
            Source byHandle = Source.find("from Source s where ?1 = any(s.handles) order by s.id",
                    mention.handle().toLowerCase(Locale.ROOT)).firstResult();
            if (byHandle != null) {
                addAlias(byHandle, name);
                return byHandle;
            }
        }
        List<Source> named = Source.list("lower(name) = ?1 and type = ?2 order by id", name.toLowerCase(Locale.ROOT),
                mention.type());
        Source s = named.isEmpty()
                ? Source.find("from Source s where ?1 = any(s.aliases) and s.type = ?2 order by s.id", name, mention.type())
                        .firstResult()
                : named.get(0);
        if (s == null) {
            s = new Source();
            s.name = name;
            s.type = mention.type();
            s.persist();
        }
        if (mention.handle() != null && !mention.handle().isBlank()
                && !s.handles.contains(mention.handle().toLowerCase(Locale.ROOT))) {
            s.handles.add(mention.handle().toLowerCase(Locale.ROOT));
        }
        return s;
    }

    private static void addAlias(Source s, String alias) {
        if (!s.name.equalsIgnoreCase(alias) && !s.aliases.contains(alias)) {
            s.aliases.add(alias);
        }
    }
}
