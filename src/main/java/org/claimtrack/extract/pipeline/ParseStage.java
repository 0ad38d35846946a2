package org.claimtrack.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP: tokenize, ssplit, pos, lemma, 4-class NER, then the neural dependency parser's model
 * (english_UD) run by {@link FastDependencyParser}, which gives CoreNLP's basic dependencies without
 * its cost. The parser runs only on sentences of at most {@link #MAX_PARSE_TOKENS} tokens, so a
 * run-on "sentence" (a 1 MB text with no full stop) costs linear time instead of minutes. The
 * annotators and the parser are built once and shared between threads (no per-call state).
 */
public final class ParseStage implements Stage {

    public static final int MAX_PARSE_TOKENS = 120;
    /** Longer "sentences" (run-on text, lists) are only tokenized: no tagging, no claims from them. */
    public static final int MAX_TAG_TOKENS = 250;

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP tokenizer;
    private final edu.stanford.nlp.pipeline.Annotator pos;
    private final edu.stanford.nlp.pipeline.Annotator lemma;
    private final edu.stanford.nlp.pipeline.Annotator ner;
    private final FastDependencyParser depparse;

    public ParseStage() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        this.pipeline = new StanfordCoreNLP(p);
        // the taggers are taken out of the full pipeline so they can be run on the sentences worth tagging only
        this.pos = StanfordCoreNLP.getExistingAnnotator("pos");
        this.lemma = StanfordCoreNLP.getExistingAnnotator("lemma");
        this.ner = StanfordCoreNLP.getExistingAnnotator("ner");
        Properties t = new Properties();
        t.putAll(p);
        t.setProperty("annotators", "tokenize,ssplit");
        this.tokenizer = new StanfordCoreNLP(t);
        this.depparse = FastDependencyParser.load(FastDependencyParser.DEFAULT_MODEL);
    }

    @Override
    public void apply(ArticleDoc doc) {
        char[] text = curlyQuotes(doc.clean);
        for (int[] ch : doc.chunks) {
            String piece = new String(text, ch[0], ch[1] - ch[0]);
            Annotation ann = new Annotation(piece);
            try {
                if (pos == null || lemma == null || ner == null) {
                    pipeline.annotate(ann);
                } else {
                    tokenizer.annotate(ann);
                }
            } catch (RuntimeException e) {
                continue; // a chunk CoreNLP cannot handle yields no sentences rather than no answer
            }
            List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
            if (sents == null) {
                continue;
            }
            sents = mergeAbbreviationSplits(piece, sents);
            if (pos != null && lemma != null && ner != null) {
                List<CoreMap> toTag = new ArrayList<>();
                List<CoreLabel> tagTokens = new ArrayList<>();
                for (CoreMap s : sents) {
                    List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
                    if (toks != null && !toks.isEmpty() && toks.size() <= MAX_TAG_TOKENS) {
                        toTag.add(s);
                        tagTokens.addAll(toks);
                    }
                }
                Annotation tagged = new Annotation(piece);
                tagged.set(CoreAnnotations.SentencesAnnotation.class, toTag);
                tagged.set(CoreAnnotations.TokensAnnotation.class, tagTokens);
                try {
                    pos.annotate(tagged);
                    lemma.annotate(tagged);
                    ner.annotate(tagged);
                } catch (RuntimeException e) {
                    // keep the tokens; untagged sentences give no claims
                }
            }
            for (CoreMap s : sents) {
                ArticleDoc.Sent sent = convert(s, ch[0], parse(s), doc.clean);
                if (sent != null) {
                    sent.index = doc.sentences.size();
                    doc.sentences.add(sent);
                }
            }
        }
        assignParagraphs(doc);
        collectMentions(doc);
    }

    private static final java.util.regex.Pattern ABBREV = java.util.regex.Pattern.compile(
            "(?:Del|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Atty|Supt|Det|Cpl|Pvt|Maj"
                    + "|Brig|Cmdr|Hon|Amb|Sec|Lt\\. Gov|Ald|Gens|Messrs|Mt|Ft|Rt|Sup|Corp|Inc|Co|Ltd|Ave|Blvd|No)\\.");
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("\\(?[RDI]-[A-Za-z. ]{1,12}\\.\\)?");

    /**
     * The tokenizer ends sentences after titles it does not know ("said Del. Stacey Plaskett",
     * "Rep. Trey Gowdy (R-S.C.) said"): glue a sentence back to the previous one when it ended on
     * such a token and no line break separates them.
     */
    static List<CoreMap> mergeAbbreviationSplits(String piece, List<CoreMap> sents) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sents) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!out.isEmpty() && toks != null && !toks.isEmpty()) {
                CoreMap prev = out.get(out.size() - 1);
                List<CoreLabel> pt = prev.get(CoreAnnotations.TokensAnnotation.class);
                CoreLabel last = pt.get(pt.size() - 1);
                String lw = last.originalText() == null ? last.word() : last.originalText();
                // the tokenizer may split "Del." into "Del" + "."
                String lw2 = pt.size() >= 2 && ".".equals(lw) ? pt.get(pt.size() - 2).originalText() + "." : lw;
                int gapFrom = last.endPosition();
                int gapTo = toks.get(0).beginPosition();
                boolean sameLine = gapFrom <= gapTo && gapTo <= piece.length() && piece.substring(gapFrom, gapTo).indexOf('\n') < 0;
                String firstWord = toks.get(0).originalText() == null ? toks.get(0).word() : toks.get(0).originalText();
                boolean abbrev = ABBREV.matcher(lw2).matches() || PARTY_STATE.matcher(lw2).matches()
                        || (lw.equals(")") && pt.size() >= 2 && PARTY_STATE.matcher(pt.get(pt.size() - 2).originalText() + ")").matches());
                boolean lowerStart = !firstWord.isEmpty() && Character.isLowerCase(firstWord.charAt(0));
                if (sameLine && (abbrev || lowerStart) && pt.size() + toks.size() <= 400) {
                    List<CoreLabel> merged = new ArrayList<>(pt);
                    merged.addAll(toks);
                    for (int k = 0; k < merged.size(); k++) {
                        merged.get(k).setIndex(k + 1);
                    }
                    edu.stanford.nlp.util.ArrayCoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
                    m.set(CoreAnnotations.TokensAnnotation.class, merged);
                    m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, merged.get(0).beginPosition());
                    m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, merged.get(merged.size() - 1).endPosition());
                    m.set(CoreAnnotations.TextAnnotation.class, piece.substring(merged.get(0).beginPosition(),
                            merged.get(merged.size() - 1).endPosition()));
                    out.set(out.size() - 1, m);
                    continue;
                }
            }
            out.add(s);
        }
        for (int k = 0; k < out.size(); k++) {
            out.get(k).set(CoreAnnotations.SentenceIndexAnnotation.class, k);
        }
        return out;
    }

    /** The basic dependencies of a sentence of at most {@link #MAX_PARSE_TOKENS} tokens, else null. */
    private FastDependencyParser.Parse parse(CoreMap s) {
        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
        if (toks == null || toks.isEmpty() || toks.size() > MAX_PARSE_TOKENS) {
            return null;
        }
        String[] words = new String[toks.size()];
        String[] tags = new String[toks.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = toks.get(i).word();
            tags[i] = toks.get(i).tag();
        }
        try {
            return depparse.parse(words, tags);
        } catch (RuntimeException e) {
            return null; // leave the sentence unparsed; surface rules still apply
        }
    }

    /**
     * Straight double quotes turned into curly ones (same length, so offsets hold). The tagger
     * takes a straight closing mark for an opening one, and the parse of '..., " Clinton said'
     * then loses its speaker; on PolNeAR train about a quarter of the articles use straight marks.
     */
    static char[] curlyQuotes(char[] clean) {
        char[] out = clean.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '"') {
                char p = i == 0 ? ' ' : clean[i - 1];
                boolean open = (Character.isWhitespace(p) || "([{—–-/:“‘'".indexOf(p) >= 0)
                        && i + 1 < out.length && !Character.isWhitespace(clean[i + 1]);
                out[i] = open ? '“' : '”';
            }
        }
        return out;
    }

    private static ArticleDoc.Sent convert(CoreMap s, int offset, FastDependencyParser.Parse parse, char[] clean) {
        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
        if (toks == null || toks.isEmpty()) {
            return null;
        }
        int n = toks.size();
        ArticleDoc.Sent out = new ArticleDoc.Sent();
        out.word = new String[n];
        out.lemma = new String[n];
        out.pos = new String[n];
        out.ner = new String[n];
        out.tb = new int[n];
        out.te = new int[n];
        for (int i = 0; i < n; i++) {
            CoreLabel t = toks.get(i);
            // the words of the text itself, not of the quote-normalised copy the tokenizer saw
            int b = offset + t.beginPosition();
            int e = offset + t.endPosition();
            String w = b >= 0 && e <= clean.length && b < e ? new String(clean, b, e - b)
                    : t.originalText() != null ? t.originalText() : t.word();
            out.word[i] = w;
            out.lemma[i] = t.lemma() == null ? w.toLowerCase() : t.lemma().toLowerCase();
            out.pos[i] = t.tag() == null ? "" : t.tag();
            out.ner[i] = t.ner() == null ? "O" : t.ner();
            out.tb[i] = offset + t.beginPosition();
            out.te[i] = offset + t.endPosition();
        }
        out.start = out.tb[0];
        out.end = out.te[n - 1];
        if (parse != null) {
            int[] head = parse.head();
            String[] rel = parse.label();
            List<List<Integer>> kids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                kids.add(new ArrayList<>(2));
            }
            for (int i = 0; i < n; i++) {
                if (head[i] >= 0 && head[i] < n && head[i] != i) {
                    kids.get(head[i]).add(i);
                } else {
                    head[i] = -1;
                }
            }
            out.head = head;
            out.rel = rel;
            out.kids = kids;
        }
        return out;
    }

    private static void assignParagraphs(ArticleDoc doc) {
        int pi = 0;
        for (ArticleDoc.Sent s : doc.sentences) {
            while (pi < doc.paragraphs.size() && doc.paragraphs.get(pi).end <= s.start) {
                pi++;
            }
            s.paragraph = pi < doc.paragraphs.size() ? pi : doc.paragraphs.size() - 1;
        }
    }

    private static void collectMentions(ArticleDoc doc) {
        for (ArticleDoc.Sent s : doc.sentences) {
            int i = 0;
            while (i < s.size()) {
                String tag = s.ner[i];
                if ("O".equals(tag)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.size() && tag.equals(s.ner[j])) {
                    j++;
                }
                doc.mentions.add(new ArticleDoc.Mention(s.tb[i], s.te[j - 1], doc.text(s.tb[i], s.te[j - 1]), tag));
                i = j;
            }
        }
    }
}
