package org.claimtrack.common;

/** Looks down a throwable's cause chain (the security layer wraps what our code threw). */
public final class Causes {

    private Causes() {
    }

    /** The first throwable of the chain that is a {@code type}, or null; stops at a cause that is itself. */
    public static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            if (type.isInstance(x)) {
                return type.cast(x);
            }
        }
        return null;
    }
}
