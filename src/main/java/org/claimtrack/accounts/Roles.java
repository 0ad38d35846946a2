package org.claimtrack.accounts;

/** The roles of the HTTP spec. An admin account carries every role, so checks name only what they need. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String CHECKER = "checker";
    public static final String VIEWER = "viewer";

    /** What each role implies: an editor can also do a checker's work, everyone can read. */
    public static String expand(String role) {
        return switch (role) {
            case ADMIN -> "admin,editor,checker,viewer";
            case EDITOR -> "editor,checker,viewer";
            case CHECKER -> "checker,viewer";
            case VIEWER -> "viewer";
            default -> throw new IllegalArgumentException("unknown role '" + role + "': use admin, editor, checker or viewer");
        };
    }

    /** The highest role in a stored roles string. */
    public static String primary(String roles) {
        for (String r : new String[] {ADMIN, EDITOR, CHECKER, VIEWER}) {
            if (("," + roles + ",").contains("," + r + ",")) {
                return r;
            }
        }
        return VIEWER;
    }

    private Roles() {
    }
}
