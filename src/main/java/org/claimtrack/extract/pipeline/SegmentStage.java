package org.claimtrack.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the cleaned text into paragraphs, marks headings (short lines with no final punctuation),
 * finds embedded tweets by their signature line, finds quotation regions, and cuts the remaining
 * text into bounded chunks for the parser so that no input can hand CoreNLP one enormous piece.
 */
public final class SegmentStage implements Stage {

    static final int MAX_CHUNK = 4000;

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    /** "— Javad Zarif (@JZarif) January 4, 2020" at the end of a line; em dash, en dash or hyphen. */
    static final Pattern SIGNATURE = Pattern.compile(
            "(?:^|(?<=\\s))(—|–|-{1,2})\\s*([^\\n()—–]{1,80}?)\\s*\\((@[A-Za-z0-9_]{1,30})\\)\\s*" + MONTH
                    + "\\s+\\d{1,2},?\\s+\\d{4}\\s*$");
    private static final Pattern TRAILING_LINKS = Pattern.compile("(?:\\s+(?:pic\\.twitter\\.com/\\S+|https?://\\S+))+\\s*$");

    @Override
    public void apply(ArticleDoc doc) {
        joinWrappedLines(doc);
        String t = doc.cleanText();
        findParagraphs(doc, t);
        markHeadings(doc, t);
        findTweets(doc, t);
        findQuotes(doc, t);
        curlTwoMarkQuotes(doc);
        hideDatelines(doc);
        makeChunks(doc, t);
    }

    /** "WASHINGTON (AP) — ", "NEW YORK, Dec. 11 (UPI) — ", "RENO, Nev. (AP) —" at the start of a paragraph. */
    static final Pattern DATELINE = Pattern.compile(
            "[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: \\d{1,2})?)?(?: \\([A-Za-z. ]{1,30}\\))? ?(?:—|–|--?) ");

    /**
     * A dateline glued to the lede makes the parser miss the lede's attribution ("WASHINGTON (AP) —
     * Lynch is reaffirming that ..."): the parser does not see it (the claim spans never include it).
     */
    static void hideDatelines(ArticleDoc doc) {
        String t = doc.cleanText(); // once: copying the text per paragraph is quadratic
        for (ArticleDoc.Paragraph p : doc.paragraphs) {
            if (p.heading) {
                continue;
            }
            java.util.regex.Matcher m = DATELINE.matcher(t).region(p.start, Math.min(p.end, p.start + 80));
            if (m.lookingAt() && m.end() < p.end && Character.isUpperCase(doc.clean[m.end()])) {
                java.util.Arrays.fill(doc.clean, m.start(), m.end(), ' ');
            }
        }
    }

    /**
     * NYT-style ''quotes'': CoreNLP's sentence splitter hangs an opening '' on the end of the
     * sentence before, which breaks the quote and the attribution after it. The text handed to the
     * parser spells an opening '' as `` (same length, offsets stay).
     */
    static void curlTwoMarkQuotes(ArticleDoc doc) {
        char[] c = doc.clean;
        for (int[] q : doc.quotes) {
            if (q[1] - q[0] >= 4 && c[q[0]] == '\'' && c[q[0] + 1] == '\'') {
                c[q[0]] = '`';
                c[q[0] + 1] = '`';
            }
        }
    }

    private static void findParagraphs(ArticleDoc doc, String t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int e = i;
            // a paragraph ends at a blank line
            while (e < n) {
                if (t.charAt(e) == '\n') {
                    int k = e + 1;
                    while (k < n && t.charAt(k) != '\n' && Character.isWhitespace(t.charAt(k))) {
                        k++;
                    }
                    if (k >= n || t.charAt(k) == '\n') {
                        break;
                    }
                }
                e++;
            }
            int te = e;
            while (te > i && Character.isWhitespace(t.charAt(te - 1))) {
                te--;
            }
            doc.paragraphs.add(new ArticleDoc.Paragraph(i, te));
            i = e;
        }
    }

    /** Headings: a line of at most 20 words with no sentence-final punctuation. */
    private static void markHeadings(ArticleDoc doc, String t) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            int e = t.indexOf('\n', i);
            if (e < 0) {
                e = n;
            }
            int s = i;
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            int te = e;
            while (te > s && Character.isWhitespace(t.charAt(te - 1))) {
                te--;
            }
            if (te > s && te - s < 200) {
                String line = t.substring(s, te);
                int words = line.split("\\s+").length;
                char last = line.charAt(line.length() - 1);
                if (words <= 20 && ".!?:;\"”’')…".indexOf(last) < 0 && !SIGNATURE.matcher(line).find()) {
                    CleanStage.blank(doc, s, te, false);
                    for (ArticleDoc.Paragraph p : doc.paragraphs) {
                        if (p.start == s && p.end == te) {
                            p.heading = true;
                        }
                    }
                }
            }
            i = e + 1;
        }
        t.length();
    }

    /**
     * A quotation broken over lines is one line to the stages after this one (the parser breaks
     * sentences at every newline, and a line without final punctuation is taken for a heading): the
     * newline becomes a space in the clean text, offsets stay. Joined: a line that opens a quotation
     * it does not close and ends no sentence, unless the next line (no blank line between) opens a
     * quotation of its own (a quote running over paragraphs); and a line the next line goes on in
     * lower case when either holds a quotation mark ("“…,” the mayor\nsaid."). Lines without any
     * quotation stay as they are: on PolNeAR dev the only such breaks are an editor's note that no
     * annotator marked (joining it cost cue exact F1 0.0004).
     */
    static void joinWrappedLines(ArticleDoc doc) {
        char[] c = doc.clean;
        int lineStart = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '\n') {
                continue;
            }
            int k = i + 1;
            while (k < c.length && c[k] != '\n' && Character.isWhitespace(c[k])) {
                k++;
            }
            int nextEnd = k;
            while (nextEnd < c.length && c[nextEnd] != '\n') {
                nextEnd++;
            }
            if (k < c.length && c[k] != '\n' && i > lineStart
                    && wrapped(new String(c, lineStart, i - lineStart), new String(c, k, nextEnd - k))) {
                c[i] = ' ';
                continue; // the joined line goes on
            }
            lineStart = i + 1;
        }
    }

    static boolean wrapped(String line, String next) {
        String l = line.strip();
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            return hasQuoteMark(l) || hasQuoteMark(next);
        }
        if (l.isEmpty() || ".!?:;…".indexOf(l.charAt(l.length() - 1)) >= 0 || first == '“' || first == '"') {
            return false;
        }
        long open = l.chars().filter(ch -> ch == '“').count();
        long close = l.chars().filter(ch -> ch == '”').count();
        return open > close || l.chars().filter(ch -> ch == '"').count() % 2 == 1;
    }

    private static boolean hasQuoteMark(String s) {
        return s.indexOf('“') >= 0 || s.indexOf('”') >= 0 || s.indexOf('"') >= 0;
    }

    private static void findTweets(ArticleDoc doc, String ignored) {
        String t = doc.cleanText();
        List<ArticleDoc.Paragraph> ps = doc.paragraphs;
        for (int pi = 0; pi < ps.size(); pi++) {
            ArticleDoc.Paragraph p = ps.get(pi);
            if (p.heading) {
                continue;
            }
            // each line of the paragraph may end with a signature
            int lineStart = p.start;
            int textStart = p.start;
            while (lineStart < p.end) {
                int le = t.indexOf('\n', lineStart);
                if (le < 0 || le > p.end) {
                    le = p.end;
                }
                String line = t.substring(lineStart, le);
                Matcher m = SIGNATURE.matcher(line);
                if (m.find()) {
                    ArticleDoc.Tweet tw = new ArticleDoc.Tweet();
                    tw.dashStart = lineStart + m.start(1);
                    tw.dashEnd = lineStart + m.end(1);
                    tw.nameStart = lineStart + m.start(2);
                    tw.nameEnd = lineStart + m.end(2);
                    tw.handle = m.group(3);
                    tw.sigEnd = lineStart + m.end();
                    int ts = textStart;
                    // multi-paragraph tweet: earlier paragraphs set off by wide gaps belong to it
                    if (ts == p.start) {
                        int k = pi - 1;
                        int cur = p.start;
                        while (k >= 0) {
                            ArticleDoc.Paragraph q = ps.get(k);
                            String gap = t.substring(q.end, cur);
                            long newlines = gap.chars().filter(ch -> ch == '\n').count();
                            if (q.heading || newlines < 3 || SIGNATURE.matcher(t.substring(q.start, q.end)).find()
                                    || doc.inFurniture(q.start)) {
                                break;
                            }
                            ts = q.start;
                            cur = q.start;
                            k--;
                        }
                    }
                    int te = tw.dashStart;
                    String body = t.substring(ts, te);
                    Matcher lm = TRAILING_LINKS.matcher(body);
                    if (lm.find()) {
                        te = ts + lm.start();
                    }
                    while (te > ts && Character.isWhitespace(t.charAt(te - 1))) {
                        te--;
                    }
                    while (ts < te && Character.isWhitespace(t.charAt(ts))) {
                        ts++;
                    }
                    tw.textStart = ts;
                    tw.textEnd = te;
                    doc.tweets.add(tw);
                    textStart = le + 1;
                }
                lineStart = le + 1;
            }
        }
    }

    private static boolean openCtx(String t, int i) {
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        return Character.isWhitespace(p) || "([{—–-/:“‘\"'".indexOf(p) >= 0;
    }

    private static boolean letterAt(String t, int i) {
        return i >= 0 && i < t.length() && Character.isLetterOrDigit(t.charAt(i));
    }

    /** Quotation regions per paragraph; an opening mark with no close runs to the next opening or the paragraph end. */
    static void findQuotes(ArticleDoc doc, String t) {
        for (ArticleDoc.Paragraph p : doc.paragraphs) {
            List<int[]> regions = new ArrayList<>();
            scan(t, p.start, p.end, true, regions, null);
            scan(t, p.start, p.end, false, regions, new ArrayList<>(regions));
            regions.sort((a, b) -> Integer.compare(a[0], b[0]));
            // adjacent regions (only spaces between) form one quote spanning sentences
            List<int[]> merged = new ArrayList<>();
            for (int[] r : regions) {
                if (!merged.isEmpty()) {
                    int[] last = merged.get(merged.size() - 1);
                    if (r[0] < last[1]) {
                        continue;
                    }
                    if (t.substring(last[1], r[0]).isBlank()) {
                        last[1] = r[1];
                        continue;
                    }
                }
                merged.add(new int[] {r[0], r[1]});
            }
            doc.quotes.addAll(merged);
        }
        doc.indexQuotes();
    }

    private static void scan(String t, int from, int to, boolean dbl, List<int[]> out, List<int[]> exclude) {
        int open = -1;
        if (exclude != null) {
            exclude.sort((a, b) -> Integer.compare(a[0], b[0]));
        }
        int ex = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (exclude != null) {
                while (ex < exclude.size() && exclude.get(ex)[1] <= i) {
                    ex++;
                }
                if (ex < exclude.size() && exclude.get(ex)[0] <= i) {
                    continue;
                }
            }
            // NYT style '' and `` are double quotes spelled with two marks; ''' closes a single and a double quote
            if (dbl && c == '\'' && open >= 0 && i + 2 < to && t.charAt(i + 1) == c && t.charAt(i + 2) == c) {
                out.add(new int[] {open, i + 3});
                open = -1;
                i += 2;
                continue;
            }
            if (dbl && (c == '\'' || c == '`') && i + 1 < to && t.charAt(i + 1) == c) {
                boolean open2 = c == '`' || (openCtx(t, i) && i + 2 < to && !Character.isWhitespace(t.charAt(i + 2)));
                if (open2) {
                    if (open >= 0) {
                        int e = i;
                        while (e > open && Character.isWhitespace(t.charAt(e - 1))) {
                            e--;
                        }
                        out.add(new int[] {open, e});
                    }
                    open = i;
                } else if (open >= 0) {
                    out.add(new int[] {open, i + 2});
                    open = -1;
                }
                i++;
                continue;
            }
            if (!dbl && (c == '\'' || c == '`') && ((i + 1 < to && t.charAt(i + 1) == c) || (i > from && t.charAt(i - 1) == c))) {
                continue;
            }
            boolean isOpen;
            boolean isClose;
            if (dbl) {
                isOpen = c == '“' || c == '«' || c == '„' || (c == '"' && openCtx(t, i) && i + 1 < to && !Character.isWhitespace(t.charAt(i + 1)));
                isClose = c == '”' || c == '»' || (c == '"' && !isOpen);
                if (c == '“' && open >= 0 && !openCtx(t, i)) {
                    // some sites close with a second opening mark
                    isOpen = false;
                    isClose = true;
                }
            } else {
                isOpen = (c == '‘' || c == '\'') && openCtx(t, i) && letterAt(t, i + 1);
                isClose = (c == '’' || c == '\'') && !isOpen && i > from && !Character.isWhitespace(t.charAt(i - 1))
                        && !letterAt(t, i + 1);
                if (c == '\'' && !isOpen && !isClose) {
                    continue;
                }
            }
            if (isOpen) {
                if (open >= 0) {
                    int e = i;
                    while (e > open && Character.isWhitespace(t.charAt(e - 1))) {
                        e--;
                    }
                    out.add(new int[] {open, e});
                }
                open = i;
            } else if (isClose && open >= 0) {
                out.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            int e = to;
            while (e > open && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            // an unclosed single mark is more likely an apostrophe than a quote
            if (dbl || e - open < 600) {
                out.add(new int[] {open, e});
            }
        }
    }

    private static boolean inside(List<int[]> rs, int i) {
        for (int[] r : rs) {
            if (i >= r[0] && i < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static void makeChunks(ArticleDoc doc, String ignored) {
        String t = doc.cleanText();
        int n = t.length();
        // tweets (text and signature) are not parsed: they are claims as a whole
        boolean[] skip = new boolean[n];
        for (ArticleDoc.Tweet tw : doc.tweets) {
            for (int i = tw.textStart; i < tw.sigEnd && i < n; i++) {
                skip[i] = true;
            }
        }
        int i = 0;
        while (i < n) {
            while (i < n && (skip[i] || Character.isWhitespace(t.charAt(i)))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int e = i;
            int lastBreak = -1;
            while (e < n && !skip[e] && e - i < MAX_CHUNK) {
                if (t.charAt(e) == '\n') {
                    lastBreak = e;
                }
                e++;
            }
            if (e < n && !skip[e] && e - i >= MAX_CHUNK) {
                if (lastBreak > i) {
                    e = lastBreak;
                } else {
                    // one over-long line: cut at the last space, never inside a surrogate pair
                    int k = e;
                    while (k > i + MAX_CHUNK / 2 && !Character.isWhitespace(t.charAt(k - 1))) {
                        k--;
                    }
                    if (k > i + MAX_CHUNK / 2) {
                        e = k;
                    } else if (Character.isLowSurrogate(t.charAt(e))) {
                        e--;
                    }
                }
            }
            doc.chunks.add(new int[] {i, e});
            i = e;
        }
    }
}
