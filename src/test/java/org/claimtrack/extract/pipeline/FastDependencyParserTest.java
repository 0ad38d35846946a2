package org.claimtrack.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimtrack.extract.eval.ParserAgreement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/** The fast nndep inference gives CoreNLP's own trees (heads and relation names). */
class FastDependencyParserTest {

    // written for this test: reported speech, a passive (nsubj:pass relabelling), a quote, a list,
    // a question, a fragment and a one-word sentence
    private static final String TEXT = String.join("\n",
            "The mayor said on Tuesday that the new bridge would open next spring, weeks later than planned.",
            "The budget was approved by the council after a long debate, according to two members who asked not to be named.",
            "\"We are not going to raise taxes,\" the governor told reporters in Albany.",
            "Critics argued that the plan, which costs $4.5 million, was rushed, poorly designed and unfair to renters.",
            "What did the senator know, and when did she know it?",
            "Officials at the Department of Transportation declined to comment.",
            "Rain expected tomorrow.",
            "Thanks.");

    private static List<CoreMap> sentences;
    private static DependencyParser coreNlp;
    private static FastDependencyParser fast;

    @BeforeAll
    static void load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation a = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(a);
        sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        // CoreNLP's reference parser without its 800 MB precompute table (same arithmetic, via its cache)
        Properties d = new Properties();
        d.setProperty("model", FastDependencyParser.DEFAULT_MODEL);
        d.setProperty("numPreComputed", "0");
        coreNlp = DependencyParser.loadFromModelFile(FastDependencyParser.DEFAULT_MODEL, d);
        fast = FastDependencyParser.load(FastDependencyParser.DEFAULT_MODEL);
    }

    @Test
    void sameArcsAsCoreNlp() {
        assertEquals(8, sentences.size());
        boolean sawPassive = false;
        for (CoreMap s : sentences) {
            FastDependencyParser.Parse want = ParserAgreement.coreNlpParse(coreNlp, s);
            FastDependencyParser.Parse got = ParserAgreement.fastParse(fast, s);
            String text = s.get(CoreAnnotations.TextAnnotation.class);
            assertArrayEquals(want.head(), got.head(), "heads of: " + text);
            assertArrayEquals(want.label(), got.label(), "relations of: " + text);
            for (String l : got.label()) {
                sawPassive |= "nsubj:pass".equals(l);
            }
        }
        assertTrue(sawPassive, "the passive sentence gets an nsubj:pass");
    }

    @Test
    void oneTreePerSentence() {
        for (CoreMap s : sentences) {
            FastDependencyParser.Parse p = ParserAgreement.fastParse(fast, s);
            int roots = 0;
            for (int i = 0; i < p.head().length; i++) {
                if (p.head()[i] < 0) {
                    roots++;
                    assertEquals("root", p.label()[i]);
                } else {
                    // following heads from any token reaches the root without a cycle
                    int k = i;
                    int steps = 0;
                    while (k >= 0 && steps++ <= p.head().length) {
                        k = p.head()[k];
                    }
                    assertTrue(k < 0, "cycle through token " + i);
                }
            }
            assertEquals(1, roots);
        }
    }

    @Test
    void sameResultsFromTwoThreads() throws Exception {
        List<FastDependencyParser.Parse> alone = new ArrayList<>();
        for (CoreMap s : sentences) {
            alone.add(ParserAgreement.fastParse(fast, s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<FastDependencyParser.Parse>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    List<FastDependencyParser.Parse> out = new ArrayList<>();
                    for (int r = 0; r < 20; r++) {
                        for (CoreMap s : sentences) {
                            out.add(ParserAgreement.fastParse(fast, s));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<FastDependencyParser.Parse>> f : runs) {
                List<FastDependencyParser.Parse> out = f.get();
                for (int i = 0; i < out.size(); i++) {
                    FastDependencyParser.Parse a = alone.get(i % sentences.size());
                    assertArrayEquals(a.head(), out.get(i).head());
                    assertArrayEquals(a.label(), out.get(i).label());
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
