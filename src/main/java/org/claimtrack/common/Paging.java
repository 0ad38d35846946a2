package org.claimtrack.common;

/**
 * The {@code limit} and {@code offset} of every /api list, read one way: a whole number (else 400), a
 * limit between 1 and the list's maximum and an offset not negative (else 400 in words), never
 * silently clamped. Parameters are taken as strings so that "lots" gets this answer too, not the
 * framework's.
 */
public final class Paging {

    /** The largest page any list serves. */
    public static final int MAX_LIMIT = NativePage.MAX_LIMIT;

    private Paging() {
    }

    /** The limit, 1..{@code max}. */
    public static int limit(String value, int max) {
        int limit = number(value, "limit");
        if (limit < 1 || limit > max) {
            throw ApiError.of(400, "limit must be between 1 and " + max + ", not " + limit);
        }
        return limit;
    }

    /** The limit, 1..1000. */
    public static int limit(String value) {
        return limit(value, MAX_LIMIT);
    }

    /** The offset, 0 or more. */
    public static int offset(String value) {
        int offset = number(value, "offset");
        if (offset < 0) {
            throw ApiError.of(400, "offset must not be negative, not " + offset);
        }
        return offset;
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ApiError.of(400, name + " must be a whole number, not '" + value + "'");
        }
    }
}
