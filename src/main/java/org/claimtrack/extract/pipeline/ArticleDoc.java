package org.claimtrack.extract.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;

/**
 * The shared document every stage reads and extends (like CoreNLP's Annotation). All offsets here
 * are UTF-16 char offsets into {@link #raw}; {@link #clean} has the same length so that offsets never
 * need remapping between stages. Code points are computed only when the result is built.
 */
public final class ArticleDoc {
    public final String raw;
    /** Same length as raw: furniture blanked to spaces, control chars neutralised. */
    public char[] clean;
    public final List<int[]> furniture = new ArrayList<>();
    public final List<Paragraph> paragraphs = new ArrayList<>();
    public final List<Tweet> tweets = new ArrayList<>();
    /** Stretches of clean text handed to CoreNLP (each at most a few thousand chars). */
    public final List<int[]> chunks = new ArrayList<>();
    public final List<Sent> sentences = new ArrayList<>();
    /** Quotation regions, marks included. */
    public final List<int[]> quotes = new ArrayList<>();
    public final List<Cue> cues = new ArrayList<>();
    public final List<Claim> claims = new ArrayList<>();
    /** PERSON/ORG/LOC mentions from NER, in order: used to resolve pronouns and surnames. */
    public final List<Mention> mentions = new ArrayList<>();
    /** Names of the stages that threw on this document: what they would have added is missing. */
    public final List<String> failedStages = new ArrayList<>();

    public ArticleDoc(String raw) {
        this.raw = raw == null ? "" : raw;
        this.clean = this.raw.toCharArray();
    }

    public String cleanText() {
        return new String(clean);
    }

    public String text(int s, int e) {
        return raw.substring(s, e);
    }

    public boolean inFurniture(int pos) {
        for (int[] f : furniture) {
            if (pos >= f[0] && pos < f[1]) {
                return true;
            }
        }
        return false;
    }

    public void addFurniture(int s, int e) {
        if (e > s) {
            furniture.add(new int[] {s, e});
        }
    }

    private java.util.TreeMap<Integer, int[]> quoteByStart;
    private java.util.Map<Integer, int[]> quoteByEnd;

    /** Indexes the quotation regions (they do not overlap) so that look-ups stay cheap on huge texts. */
    public void indexQuotes() {
        quoteByStart = new java.util.TreeMap<>();
        quoteByEnd = new java.util.HashMap<>();
        for (int[] q : quotes) {
            quoteByStart.put(q[0], q);
            quoteByEnd.put(q[1], q);
        }
    }

    public int[] quoteAt(int pos) {
        if (quoteByStart == null) {
            indexQuotes();
        }
        java.util.Map.Entry<Integer, int[]> e = quoteByStart.floorEntry(pos);
        return e != null && pos < e.getValue()[1] ? e.getValue() : null;
    }

    public int[] quoteStartingAt(int pos) {
        if (quoteByStart == null) {
            indexQuotes();
        }
        return quoteByStart.get(pos);
    }

    public int[] quoteEndingAt(int pos) {
        if (quoteByStart == null) {
            indexQuotes();
        }
        return quoteByEnd.get(pos);
    }

    /** Index of the first sentence that ends after pos (binary search). */
    public int firstSentenceEndingAfter(int pos) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A blank-line separated block. */
    public static final class Paragraph {
        public final int start;
        public final int end;
        public boolean heading;

        public Paragraph(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    /** An embedded post: the text above a "— Name (@handle) Month D, YYYY" signature. */
    public static final class Tweet {
        public int textStart;
        public int textEnd;
        public int dashStart;
        public int dashEnd;
        public int nameStart;
        public int nameEnd;
        public String handle;
        public int sigEnd;
    }

    /** One sentence with its tokens (absolute char offsets) and basic dependencies as arrays. */
    public static final class Sent {
        public int index;
        public int paragraph = -1;
        public int start;
        public int end;
        public String[] word;
        public String[] lemma;
        public String[] pos;
        public String[] ner;
        public int[] tb;
        public int[] te;
        /** Head token index, -1 for the root; null when the sentence was not parsed. */
        public int[] head;
        public String[] rel;
        public List<List<Integer>> kids;

        public int size() {
            return word.length;
        }

        public boolean parsed() {
            return head != null;
        }

        public List<Integer> children(int i, String relPrefix) {
            List<Integer> out = new ArrayList<>();
            if (kids == null) {
                return out;
            }
            for (int k : kids.get(i)) {
                if (rel[k].equals(relPrefix) || rel[k].startsWith(relPrefix + ":")) {
                    out.add(k);
                }
            }
            return out;
        }

        public int child(int i, String relPrefix) {
            List<Integer> c = children(i, relPrefix);
            return c.isEmpty() ? -1 : c.get(0);
        }

        /** Leftmost and rightmost token of the subtree under i, optionally skipping some children. */
        public int[] subtree(int i, java.util.Set<Integer> skip) {
            int[] lr = {i, i};
            walk(i, skip, lr);
            return lr;
        }

        private void walk(int i, java.util.Set<Integer> skip, int[] lr) {
            lr[0] = Math.min(lr[0], i);
            lr[1] = Math.max(lr[1], i);
            if (kids == null) {
                return;
            }
            for (int k : kids.get(i)) {
                if (skip == null || !skip.contains(k)) {
                    walk(k, skip, lr);
                }
            }
        }

        public boolean inSubtree(int node, int root) {
            int n = node;
            int guard = 0;
            while (n >= 0 && guard++ < 500) {
                if (n == root) {
                    return true;
                }
                n = head[n];
            }
            return false;
        }

        public int tokenAt(int charPos) {
            for (int i = 0; i < tb.length; i++) {
                if (charPos >= tb[i] && charPos < te[i]) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A cue found by FindCues: the words, the sentence, and what kind of construction it is. */
    public static final class Cue {
        public enum Type { VERB, ACCORDING, IN_DOCUMENT, TWEET_DASH, COLON, QUOTE_COLON }

        public Type type;
        public Sent sent;
        /** Token index of the cue's head (the verb, or "according"); -1 for a tweet dash. */
        public int tok = -1;
        public int start;
        public int end;
    }

    /** A claim being assembled; offsets are char offsets into raw. */
    public static final class Claim {
        public int start;
        public int end;
        public int srcStart = -1;
        public int srcEnd = -1;
        public int cueStart = -1;
        public int cueEnd = -1;
        public Kind kind;
        public QuoteType quote = QuoteType.NONE;
        public SourceType sourceType;
        public String name;
        public String handle;
        public List<String> hedges = new ArrayList<>();
        public Sent sent;
        public Cue cue;
        /** Token index of the source head in sent, -1 if none (tweet, unattributed). */
        public int srcHead = -1;
        /** A channel word (tweet, statement) seen in the attribution: TWEET or OFFICIAL_STATEMENT. */
        public Kind channel;
        /** Set when the source was found inside a noun cue ("a statement released by X"). */
        public boolean statementNoun;
        public int paragraph = -1;
        /** The attribution pattern that produced the claim (patterns.PatternRegistry); not part of the extract API. */
        public String pattern;

        public boolean attributed() {
            return kind != Kind.UNATTRIBUTED;
        }

        public boolean hasSource() {
            return srcStart >= 0;
        }
    }

    /** A named mention (NER span, tweet signature, source) used by ResolveNames. */
    public static final class Mention {
        public final int start;
        public final int end;
        public final String text;
        public final String ner;

        public Mention(int start, int end, String text, String ner) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.ner = ner;
        }
    }
}
