package org.claimtrack.common;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A config source that answers lookups and lists nothing: its values are made lazily on the first lookup
 * (a build never triggers them) and never show up where the configuration is listed or dumped.
 */
abstract class LookupOnlyConfigSource implements ConfigSource {

    @Override
    public final Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public final Map<String, String> getProperties() {
        return Map.of();
    }
}
