package org.claimtrack.extract.pipeline;

import java.util.Locale;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;

/**
 * Decides what each attributed claim rests on, first match in the spec's order: TWEET >
 * OFFICIAL_STATEMENT > MEDIA_REPORT > DOCUMENT > ANONYMOUS_SOURCE > NAMED_SOURCE. The channel
 * ("in a tweet", "via his Twitter", "in a statement") is looked for in the sentence outside the
 * content; a later claim by the same speaker in the same paragraph ("he added") keeps the channel.
 */
public final class ClassifyStage implements Stage {

    @Override
    public void apply(ArticleDoc doc) {
        for (ArticleDoc.Claim c : doc.claims) {
            if (!c.attributed() || c.kind == Kind.TWEET) {
                continue;
            }
            findChannel(doc, c);
        }
        // carry the channel over to the same speaker's later claims in the paragraph
        for (int i = 0; i < doc.claims.size(); i++) {
            ArticleDoc.Claim c = doc.claims.get(i);
            if (!c.attributed() || c.channel != null || c.name == null || c.cue == null || c.cue.type == ArticleDoc.Cue.Type.TWEET_DASH) {
                continue;
            }
            for (int j = i - 1; j >= 0 && j >= i - 50; j--) {
                ArticleDoc.Claim p = doc.claims.get(j);
                if (p.paragraph != c.paragraph) {
                    break;
                }
                if (p.attributed() && c.name.equals(p.name) && p.channel != null) {
                    c.channel = p.channel;
                    break;
                }
            }
        }
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.attributed() && c.kind == null) {
                c.kind = kindOf(doc, c);
                if (c.kind != Kind.NAMED_SOURCE && c.kind != Kind.TWEET && c.hasSource()
                        && RELATIVE.contains(doc.text(c.srcStart, c.srcEnd).toLowerCase(Locale.ROOT))
                        && (c.name == null || c.name.equalsIgnoreCase(doc.text(c.srcStart, c.srcEnd)))) {
                    // "a website which called ...", "that oppose ...": an unresolved pronoun standing for a
                    // thing, not a speaker (measured on PolNeAR train: 9 of 48 such claims are attributions)
                    asSentence(c);
                }
            }
        }
    }

    private static final java.util.Set<String> RELATIVE = java.util.Set.of("who", "that", "which", "it", "this");

    /** Turns a claim back into the article's own assertion of its sentence. */
    static void asSentence(ArticleDoc.Claim c) {
        if (c.sent != null) {
            c.start = c.sent.start;
            c.end = c.sent.end;
        }
        c.kind = Kind.UNATTRIBUTED;
        c.quote = org.claimtrack.extract.QuoteType.NONE;
        c.srcStart = -1;
        c.srcEnd = -1;
        c.cueStart = -1;
        c.cueEnd = -1;
        c.name = null;
        c.handle = null;
        c.hedges.clear();
    }

    static void findChannel(ArticleDoc doc, ArticleDoc.Claim c) {
        if (c.channel != null) {
            return;
        }
        ArticleDoc.Sent s = c.sent;
        if (s == null || s.size() > ParseStage.MAX_TAG_TOKENS) {
            return;
        }
        if (c.cue != null && c.cue.tok >= 0 && c.cue.type == ArticleDoc.Cue.Type.VERB) {
            String l = s.lemma[c.cue.tok];
            if (l.equals("tweet") || l.equals("retweet")) {
                c.channel = Kind.TWEET;
                return;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.tb[i] >= c.start && s.te[i] <= c.end) {
                continue;
            }
            String w = s.word[i].toLowerCase(Locale.ROOT);
            String l = s.lemma[i];
            if (l.equals("tweet") || w.equals("twitter") || w.equals("tweet") || l.equals("retweet")) {
                c.channel = Kind.TWEET;
                return;
            }
            if (Lexicon.STATEMENT_WORDS.contains(w) || Lexicon.STATEMENT_WORDS.contains(l)) {
                c.channel = Kind.OFFICIAL_STATEMENT;
            }
        }
        // "wrote on Facebook", "wrote in her order", "said on its website"
        Kind near = c.cue != null ? SourceKinds.channelNearCue(s, c.cue.tok, c.start, c.end) : null;
        if (near == Kind.TWEET || c.channel == null) {
            c.channel = near;
        }
    }

    private static boolean unnamedGroups(ArticleDoc.Claim c) {
        int l = c.sent.tokenAt(c.srcStart);
        return l >= 0 && c.srcHead >= l && SourceKinds.unnamedGroups(c.sent, l, c.srcHead);
    }

    static Kind kindOf(ArticleDoc doc, ArticleDoc.Claim c) {
        if (c.channel == Kind.TWEET) {
            return Kind.TWEET;
        }
        SourceType t = c.sourceType == null ? SourceType.UNNAMED : c.sourceType;
        String src = c.hasSource() ? doc.text(c.srcStart, c.srcEnd).toLowerCase(Locale.ROOT) : "";
        String headWord = c.sent != null && c.srcHead >= 0 && c.srcHead < c.sent.size()
                ? c.sent.word[c.srcHead].toLowerCase(Locale.ROOT) : "";
        String cueLemma = c.sent != null && c.cue != null && c.cue.tok >= 0 && c.cue.type == ArticleDoc.Cue.Type.VERB
                ? c.sent.lemma[c.cue.tok] : "";
        if (cueLemma.equals("rule") && (src.contains("court") || src.contains("judge") || src.contains("justice") || src.contains("tribunal"))) {
            return Kind.DOCUMENT;   // a court's ruling
        }
        // "a new poll released Monday": "released" makes no statement of a poll
        boolean document = Lexicon.DOCUMENT_HEADS.contains(headWord) || c.channel == Kind.DOCUMENT;
        // "a report by the International Energy Agency": a government body's report is still a document
        if (t == SourceType.GOVERNMENT && !document) {
            return Kind.OFFICIAL_STATEMENT;
        }
        if (t == SourceType.ORGANIZATION && (c.channel == Kind.OFFICIAL_STATEMENT && !document || c.statementNoun)) {
            return Kind.OFFICIAL_STATEMENT;
        }
        if (t == SourceType.PERSON && (src.contains("spokes") || src.contains("press secretary"))) {
            return Kind.OFFICIAL_STATEMENT;
        }
        if (t == SourceType.MEDIA) {
            return Kind.MEDIA_REPORT;
        }
        if (cueLemma.equals("report") && t == SourceType.ORGANIZATION && !document) {
            return Kind.MEDIA_REPORT;
        }
        if (document) {
            return Kind.DOCUMENT;
        }
        if (t == SourceType.UNNAMED || t == SourceType.ORGANIZATION && c.sent != null && c.hasSource()
                && unnamedGroups(c)) {
            return Kind.ANONYMOUS_SOURCE;
        }
        return Kind.NAMED_SOURCE;
    }
}
