package org.claimtrack.extract.pipeline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes site furniture out of the text without moving anything: furniture is blanked to spaces in
 * {@code doc.clean} (same length as the raw text, so every later offset is still a raw offset) and
 * recorded in {@code doc.furniture}. Control characters and CR are neutralised here too, so that
 * CoreNLP never sees them.
 */
public final class CleanStage implements Stage {

    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date \\d{4}-\\d{2}-\\d{2}(?=\\s|\\z)");

    /** Whole lines that are navigation, comment forms or sharing widgets. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^\\s*(?:"
                    + "(?:read|also read|read more|watch|also watch|related|see also|more|more from|recommended)\\s*:.*"
                    + "|connect with us|continue reading|you may also like\\.*|click to comment|leave a reply"
                    + "|leave a comment|cancel reply|post comment|your email address will not be published\\..*"
                    + "|required fields are marked.*|this site uses akismet.*|more in \\w+(?: \\w+)?|to top|back to top"
                    + "|%d bloggers like this:?|share this:?|like this:?|share|tweet|email|print|subscribe.*"
                    + "|advertisement|sponsored|related posts?:?|comments?|follow us.*|sign up.*|loading\\.*"
                    + "|(?:photo|image|picture)s?(?: credit)?\\s*:.*|\\(?(?:photo|image|picture)s?:[^)]*\\)?"
                    + "|name\\s*\\*?|email\\s*\\*?|website|save my name, email, and website.*"
                    + ")\\s*$");

    /** Inline picture credits: "(Picture: AFP/Getty)". */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("\\((?:Picture|Photo|Image|Credit|Pictured)s?\\s*:[^)\\n]{0,200}\\)");

    /** Inline "MORE: TOPIC headline headline ..." link list. */
    private static final Pattern MORE_LIST = Pattern.compile("\\bMORE\\s*:\\s");

    @Override
    public void apply(ArticleDoc doc) {
        char[] c = doc.clean;
        neutraliseControls(c);
        String text = new String(c);

        Matcher m = DATE_HEADER.matcher(text);
        if (m.find()) {
            blank(doc, m.start(), m.end(), false);
        }
        blankFurnitureLines(doc);
        text = new String(doc.clean);
        m = PICTURE_CREDIT.matcher(text);
        while (m.find()) {
            // The credit usually ends an image caption with no full stop: a newline keeps the
            // caption and the next sentence apart, and the caption itself is furniture.
            int capStart = captionStart(text, m.start());
            blank(doc, capStart, m.end(), true);
        }
        text = new String(doc.clean);
        m = MORE_LIST.matcher(text);
        while (m.find()) {
            int end = moreListEnd(text, m.end());
            if (end > m.start()) {
                blank(doc, m.start(), end, true);
            }
        }
        mergeFurniture(doc);
    }

    static void neutraliseControls(char[] c) {
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\r') {
                c[i] = (i + 1 < c.length && c[i + 1] == '\n') ? ' ' : '\n';
            } else if (ch == '\u2028' || ch == '\u2029' || ch == '\u000B' || ch == '\u000C' || ch == '\u0085') {
                c[i] = '\n';
            } else if (ch == '\t') {
                c[i] = ' ';
            } else if (ch < 0x20 && ch != '\n') {
                c[i] = ' ';
            } else if (ch == 0x7F || (ch >= 0x80 && ch < 0xA0) || ch == '\uFEFF' || ch == '\u200B'
                    || ch == '\u00A0' || (ch >= '\u2000' && ch <= '\u200A') || ch == '\u202F'
                    || (ch >= '\u200E' && ch <= '\u200F') || (ch >= '\u202A' && ch <= '\u202E')
                    || (ch >= '\u2066' && ch <= '\u2069') || ch == '\uFFFD' || ch == '\uFFFE' || ch == '\uFFFF') {
                c[i] = ' ';
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 < c.length && Character.isLowSurrogate(c[i + 1])) {
                    i++;
                } else {
                    c[i] = ' ';
                }
            } else if (Character.isLowSurrogate(ch)) {
                c[i] = ' ';
            }
        }
    }

    private static void blankFurnitureLines(ArticleDoc doc) {
        char[] c = doc.clean;
        int i = 0;
        while (i <= c.length) {
            int e = i;
            while (e < c.length && c[e] != '\n') {
                e++;
            }
            if (e > i && e - i < 400) {
                String line = new String(c, i, e - i);
                if (!line.isBlank() && FURNITURE_LINE.matcher(line).matches()) {
                    int s = i;
                    while (s < e && Character.isWhitespace(c[s])) {
                        s++;
                    }
                    int t = e;
                    while (t > s && Character.isWhitespace(c[t - 1])) {
                        t--;
                    }
                    blank(doc, s, t, false);
                }
            }
            i = e + 1;
        }
    }

    /** Start of the caption that ends at a picture credit: back to the last sentence end. */
    private static int captionStart(String t, int creditStart) {
        int i = creditStart - 1;
        int limit = Math.max(0, creditStart - 300);
        while (i > limit) {
            char ch = t.charAt(i);
            if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?' || ch == ')') && i + 1 < t.length()
                    && Character.isWhitespace(t.charAt(i + 1)))) {
                return i + 1;
            }
            i--;
        }
        return creditStart;
    }

    /**
     * A "MORE:" list is a run of headlines with no full stops before the article resumes. The
     * article resumes at the last place before the next full stop where a word ending in lower case
     * (or a closing quote) is followed by a capitalised word.
     */
    static int moreListEnd(String t, int from) {
        int stop = from;
        while (stop < t.length() && stop - from < 2000) {
            char ch = t.charAt(stop);
            if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && (stop + 1 >= t.length()
                    || Character.isWhitespace(t.charAt(stop + 1))))) {
                break;
            }
            stop++;
        }
        int best = -1;
        boolean bestQuoted = false;
        for (int i = from + 1; i + 1 < stop; i++) {
            if (t.charAt(i) == ' ' && Character.isUpperCase(t.charAt(i + 1))) {
                char p = t.charAt(i - 1);
                boolean quoted = p == '’' || p == '\'' || p == '”' || p == '"';
                if (!(Character.isLowerCase(p) || quoted || Character.isDigit(p))) {
                    continue;
                }
                // a sentence start is a capitalised word followed by a lower-case one ("Tensions between")
                int w = i + 1;
                while (w < stop && !Character.isWhitespace(t.charAt(w))) {
                    w++;
                }
                if (w + 1 >= stop || !Character.isLowerCase(t.charAt(w + 1))) {
                    continue;
                }
                if (quoted || !bestQuoted) {
                    best = i + 1;
                    bestQuoted = quoted;
                }
            }
        }
        if (best < 0) {
            return stop;
        }
        return best;
    }

    static void blank(ArticleDoc doc, int s, int e, boolean breakBefore) {
        if (e <= s) {
            return;
        }
        char[] c = doc.clean;
        for (int i = s; i < e; i++) {
            if (c[i] != '\n') {
                c[i] = ' ';
            }
        }
        if (breakBefore) {
            c[s] = '\n';
        }
        // keep the recorded span tight on the raw text
        int a = s;
        int b = e;
        while (a < b && Character.isWhitespace(doc.raw.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(doc.raw.charAt(b - 1))) {
            b--;
        }
        doc.addFurniture(a, b);
    }

    private static void mergeFurniture(ArticleDoc doc) {
        List<int[]> f = doc.furniture;
        f.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        for (int i = f.size() - 1; i > 0; i--) {
            int[] a = f.get(i - 1);
            int[] b = f.get(i);
            if (b[0] <= a[1]) {
                a[1] = Math.max(a[1], b[1]);
                f.remove(i);
            }
        }
    }
}
