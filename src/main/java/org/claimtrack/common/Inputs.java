package org.claimtrack.common;

import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Checks for values that Java accepts and PostgreSQL does not: a NUL character in text (PostgreSQL
 * text cannot hold U+0000) and dates outside the years 1 to 9999 (PostgreSQL's own range ends
 * elsewhere, and date arithmetic near {@link LocalDate#MIN} overflows in Java first). Each is a 400
 * that names the field, so no such value ever reaches the database as a 500.
 */
public final class Inputs {

    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    private Inputs() {
    }

    /** The value unchanged, or a 400 when it holds a NUL character. */
    public static String noNul(String value, String field) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw ApiError.of(400, field + " contains a NUL character (U+0000), which cannot be stored");
        }
        return value;
    }

    /** The date unchanged, or a 400 when it lies outside 0001-01-01 .. 9999-12-31. */
    public static LocalDate date(LocalDate value, String field) {
        if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
            throw ApiError.of(400, field + " must be a date between 0001-01-01 and 9999-12-31, not " + value);
        }
        return value;
    }

    /**
     * The 400 for a value the database refused as data (the backstop of the checks above, for fields
     * that no check names), or null when the failure is not about the request's data.
     */
    public static String refusedData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                switch (state) {
                    case "22021", "22P05":
                        return "a value in the request contains a character that cannot be stored (a NUL byte?)";
                    case "22008", "22007":
                        return "a date or time in the request is outside the range that can be stored";
                    case "22003":
                        return "a number in the request is out of range";
                    case "22001":
                        return "a value in the request is too long";
                    default:
                        break;
                }
            }
            if (t instanceof java.time.DateTimeException) {
                return "a date in the request is outside the range that can be stored";
            }
        }
        return null;
    }
}
