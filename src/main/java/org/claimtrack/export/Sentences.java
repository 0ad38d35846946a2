package org.claimtrack.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The sentence around a claim, for the table exports: from the end of the previous sentence (., ! or ?
 * and a space, or a line break) to the end of the claim's last sentence, at most {@link #REACH} code
 * points either side. Rows come in article order, so each article's text is read once.
 */
final class Sentences {

    static final int REACH = 400;

    private final PreparedStatement texts;
    private long articleId = -1;
    private int[] text = new int[0];

    /** {@code texts}: "select raw_text ... where id = ?" (the brat export's statement). */
    Sentences(PreparedStatement texts) {
        this.texts = texts;
    }

    String around(ExportRow row) throws SQLException {
        if (row.articleId() != articleId) {
            texts.setLong(1, row.articleId());
            try (ResultSet rs = texts.executeQuery()) {
                text = rs.next() ? rs.getString(1).codePoints().toArray() : new int[0];
            }
            articleId = row.articleId();
        }
        return around(text, row.start(), row.end());
    }

    static String around(int[] cps, int start, int end) {
        int s = Math.max(0, Math.min(start, cps.length));
        int e = Math.max(s, Math.min(end, cps.length));
        int floor = Math.max(0, s - REACH);
        while (s > floor && !boundaryBefore(cps, s)) {
            s--;
        }
        int ceiling = Math.min(cps.length, e + REACH);
        while (e < ceiling && !boundaryAfter(cps, e)) {
            e++;
        }
        String out = new String(cps, s, e - s);
        return out.replaceAll("\\s+", " ").strip();
    }

    /** A sentence starts at i: the text before ends a sentence or a line. */
    private static boolean boundaryBefore(int[] cps, int i) {
        int prev = cps[i - 1];
        if (prev == '\n') {
            return true;
        }
        return Character.isWhitespace(prev) && endsSentence(cps, i - 1);
    }

    /** A sentence ends at i (exclusive): it ends in a full stop before a space or the end, or a line ends. */
    private static boolean boundaryAfter(int[] cps, int i) {
        if (cps[i] == '\n') {
            return true;
        }
        return Character.isWhitespace(cps[i]) && endsSentence(cps, i);
    }

    /** The text before i ends in a full stop, or in one and a closing quotation mark. */
    private static boolean endsSentence(int[] cps, int i) {
        if (i >= 1 && isStop(cps[i - 1])) {
            return true;
        }
        return i >= 2 && (cps[i - 1] == '”' || cps[i - 1] == '"' || cps[i - 1] == '’') && isStop(cps[i - 2]);
    }

    private static boolean isStop(int c) {
        return c == '.' || c == '!' || c == '?';
    }
}
