package org.claimtrack.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one Basic/Bearer test and the one cause-chain walk the filters and failure handlers share (plain). */
class AuthHeadersTest {

    @Test
    void schemesAreCaseInsensitiveAndNeedTheirSpace() {
        assertTrue(AuthHeaders.isBasic("Basic dXNlcjpwdw=="));
        assertTrue(AuthHeaders.isBasic("basic dXNlcjpwdw=="));
        assertFalse(AuthHeaders.isBasic("Basicx"));
        assertFalse(AuthHeaders.isBasic("Bearer abc"));
        assertFalse(AuthHeaders.isBasic(null));
        assertTrue(AuthHeaders.isBearer("Bearer ct_abc"));
        assertTrue(AuthHeaders.isBearer("BEARER ct_abc"));
        assertFalse(AuthHeaders.isBearer("Bearer"));
        assertFalse(AuthHeaders.isBearer("Basic abc"));
        assertFalse(AuthHeaders.isBearer(null));
    }

    @Test
    void theFirstCauseOfTheTypeIsFound() {
        IllegalStateException inner = new IllegalStateException("inner");
        RuntimeException outer = new RuntimeException(new IllegalArgumentException(inner));
        assertSame(inner, Causes.find(outer, IllegalStateException.class));
        assertSame(outer, Causes.find(outer, RuntimeException.class));
        assertNull(Causes.find(outer, java.io.IOException.class));
        assertNull(Causes.find(null, RuntimeException.class));
    }
}
