package org.claimtrack.common;

/** Which scheme an Authorization header names (case-insensitive, RFC 7235), in one place. */
public final class AuthHeaders {

    private AuthHeaders() {
    }

    /** "Basic …": a user name and password. */
    public static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** "Bearer …": an API token. */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
