package org.claimtrack.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which grouping failures are run again: deadlocks and serialization failures, nothing else (plain). */
class GroupingRetryTest {

    @Test
    void deadlocksAndSerializationFailuresAreRetriedOtherFailuresAreNot() {
        assertTrue(ClusterService.lockConflict(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(ClusterService.lockConflict(new IllegalStateException(new RuntimeException(
                new SQLException("could not serialize access", "40001")))));
        assertTrue(ClusterService.lockConflict(new jakarta.persistence.PessimisticLockException("lock")));
        assertFalse(ClusterService.lockConflict(new RuntimeException(new SQLException("unique violation", "23505"))));
        assertFalse(ClusterService.lockConflict(new IllegalArgumentException("bad")));
    }
}
