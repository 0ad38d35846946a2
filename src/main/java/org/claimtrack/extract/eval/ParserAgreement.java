package org.claimtrack.extract.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.claimtrack.extract.pipeline.FastDependencyParser;
import org.claimtrack.extract.pipeline.ParseStage;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

/**
 * Compares {@link FastDependencyParser} with CoreNLP's {@code DependencyParser.predict} (loaded as the
 * depparse annotator loads it) on every sentence of at most {@link ParseStage#MAX_PARSE_TOKENS} tokens
 * of a folder of texts: unlabeled / labeled attachment agreement and parse time of each.
 * Run: {@code ./mvnw -q -B compile exec:java -Dexec.mainClass=org.claimtrack.extract.eval.ParserAgreement
 * -Dexec.args="../shared/polnear/train"}.
 */
public final class ParserAgreement {

    /** Head (0-based, -1 root) and relation per token from CoreNLP's parse. */
    public static FastDependencyParser.Parse coreNlpParse(DependencyParser parser, CoreMap sentence) {
        int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        GrammaticalStructure gs = parser.predict(sentence);
        int[] head = new int[n];
        String[] rel = new String[n];
        for (TypedDependency td : gs.typedDependencies()) {
            int d = td.dep().index() - 1;
            head[d] = td.gov().index() - 1;
            rel[d] = td.reln().toString();
        }
        return new FastDependencyParser.Parse(head, rel);
    }

    public static FastDependencyParser.Parse fastParse(FastDependencyParser parser, CoreMap sentence) {
        List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
        String[] w = new String[toks.size()];
        String[] t = new String[toks.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = toks.get(i).word();
            t[i] = toks.get(i).tag();
        }
        return parser.parse(w, t);
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = Bench.texts(Path.of(args[0]));
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        Properties d = new Properties();
        d.setProperty("model", FastDependencyParser.DEFAULT_MODEL);
        DependencyParser core = DependencyParser.loadFromModelFile(FastDependencyParser.DEFAULT_MODEL, d);
        FastDependencyParser fast = FastDependencyParser.load(FastDependencyParser.DEFAULT_MODEL);

        List<CoreMap> sents = new ArrayList<>();
        for (String text : texts) {
            Annotation a = new Annotation(text);
            tagger.annotate(a);
            for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
                if (n > 0 && n <= ParseStage.MAX_PARSE_TOKENS) {
                    sents.add(s);
                }
            }
        }
        // warm both up on the first sentences so the JIT has compiled the hot loops
        for (int i = 0; i < Math.min(300, sents.size()); i++) {
            coreNlpParse(core, sents.get(i));
            fastParse(fast, sents.get(i));
        }
        long tokens = 0;
        long sameHead = 0;
        long sameBoth = 0;
        long sameSentence = 0;
        java.util.Map<String, Integer> labelDiffs = new java.util.TreeMap<>();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long coreCpu = 0;
        long fastCpu = 0;
        long coreNs = 0;
        long fastNs = 0;
        for (CoreMap s : sents) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            FastDependencyParser.Parse a = coreNlpParse(core, s);
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            FastDependencyParser.Parse b = fastParse(fast, s);
            long c2 = cpu.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            coreCpu += c1 - c0;
            fastCpu += c2 - c1;
            coreNs += t1 - t0;
            fastNs += t2 - t1;
            boolean all = true;
            for (int i = 0; i < a.head().length; i++) {
                tokens++;
                if (a.head()[i] == b.head()[i]) {
                    sameHead++;
                    if (a.label()[i].equals(b.label()[i])) {
                        sameBoth++;
                        continue;
                    }
                    labelDiffs.merge(a.label()[i] + " -> " + b.label()[i], 1, Integer::sum);
                }
                all = false;
            }
            if (all) {
                sameSentence++;
            }
        }
        System.out.printf(Locale.ROOT, "%d texts, %d sentences (<= %d tokens), %d tokens%n", texts.size(), sents.size(),
                ParseStage.MAX_PARSE_TOKENS, tokens);
        System.out.printf(Locale.ROOT, "UAS agreement %.4f %%  LAS agreement %.4f %%  identical sentences %.4f %% (%d differ)%n",
                100.0 * sameHead / tokens, 100.0 * sameBoth / tokens, 100.0 * sameSentence / sents.size(),
                sents.size() - sameSentence);
        if (!labelDiffs.isEmpty()) {
            System.out.println("label differences on the same head (CoreNLP -> fast): " + labelDiffs);
        }
        System.out.printf(Locale.ROOT, "parse time: CoreNLP predict %.1f s (%.3f ms/sentence), fast %.1f s (%.3f ms/sentence)%n",
                coreNs / 1e9, coreNs / 1e6 / sents.size(), fastNs / 1e9, fastNs / 1e6 / sents.size());
        System.out.printf(Locale.ROOT, "CPU time: CoreNLP predict %.1f s, fast %.1f s (%.1f x less); %.1f ms of fast parsing per 945 tokens%n",
                coreCpu / 1e9, fastCpu / 1e9, (double) coreCpu / fastCpu, fastCpu / 1e6 / tokens * 945);
    }
}
