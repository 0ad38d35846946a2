package org.claimtrack.extract.pipeline;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * The greedy arc-standard parse of CoreNLP's neural dependency parser (nndep), with the same model
 * weights, features and transition rules, but laid out for speed: float arrays, the two matrix
 * products written as axpy loops over contiguous rows (which HotSpot vectorizes, unlike CoreNLP's
 * double dot products), hidden-layer contributions precomputed for the model's frequent feature ids
 * plus every POS and label feature, no scoring when only one transition is legal, and no
 * GrammaticalStructure / SemanticGraph building. The trees match {@code DependencyParser.predict}
 * except where float rounding flips a near tie between two transitions (see docs/extractor.md).
 *
 * <p>Thread-safe: the model arrays are never written after construction; every {@link #parse} call
 * uses its own buffers.
 */
public final class FastDependencyParser {

    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /** Feature slots of CoreNLP's nndep feature template: 18 words, 18 POS tags, 12 arc labels. */
    private static final int N_FEATS = 48;
    private static final int POS_OFFSET = 18;
    private static final int DEP_OFFSET = 36;

    /** A parse: for token i (0-based), head[i] is the 0-based head or -1 for the root; label[i] its relation. */
    public record Parse(int[] head, String[] label) {
    }

    private final int emb;
    private final int hid;
    private final int nTrans;
    /** nTrans rounded up to a multiple of 16 floats (the width of one AVX-512 register). */
    private final int nTransPad;
    /** Per transition: 0 = left arc, 1 = right arc, 2 = shift. */
    private final byte[] transKind;
    /** Per transition: the label index into {@link #labelNames} (-1 for shift). */
    private final int[] transLabel;
    private final boolean[] transRoot;
    private final int rootLabel;
    private final String[] labelNames;
    /** E row of each label (the label feature ids). */
    private final int[] labelFeat;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    private final int unknownWord, nullWord, rootWord, unknownPos, nullPos, rootPos, nullLabel;

    private final float[][] e;
    /** W1 transposed: row (feature slot * emb + k) holds the hid weights of that input. */
    private final float[][] w1t;
    private final float[] b1;
    /** W2 transposed: row h holds the nTrans output weights of hidden unit h. */
    private final float[][] w2t;

    /** Precomputed hidden contributions: key (feature id * 48 + slot) → row of {@link #pre}. */
    private final int[] preKeys;
    private final int[] preRows;
    private final int preMask;
    private final float[][] pre;

    /** Loads the model through CoreNLP (its loader and dictionaries) and copies out the weights. */
    public static FastDependencyParser load(String model) {
        Properties p = new Properties();
        p.setProperty("model", model);
        // CoreNLP's own 100k x hidden double table is not needed: ours is built below
        p.setProperty("numPreComputed", "0");
        return new FastDependencyParser(DependencyParser.loadFromModelFile(model, p));
    }

    @SuppressWarnings("unchecked")
    public FastDependencyParser(DependencyParser parser) {
        Classifier cl = (Classifier) field(parser, DependencyParser.class, "classifier");
        ParsingSystem system = (ParsingSystem) field(parser, DependencyParser.class, "system");
        this.wordIds = Map.copyOf((Map<String, Integer>) field(parser, DependencyParser.class, "wordIDs"));
        this.posIds = Map.copyOf((Map<String, Integer>) field(parser, DependencyParser.class, "posIDs"));
        Map<String, Integer> labelIds = (Map<String, Integer>) field(parser, DependencyParser.class, "labelIDs");
        List<Integer> preComputed = (List<Integer>) field(parser, DependencyParser.class, "preComputed");
        List<String> transitions = (List<String>) field(system, ParsingSystem.class, "transitions");
        List<String> labels = (List<String>) field(system, ParsingSystem.class, "labels");
        String root = (String) field(system, ParsingSystem.class, "rootLabel");

        this.e = cl.getE();
        float[][] w1 = cl.getW1();
        float[][] w2 = cl.getW2();
        this.b1 = cl.getb1().clone();
        this.hid = b1.length;
        this.emb = e[0].length;
        if (w1[0].length != emb * N_FEATS) {
            throw new IllegalArgumentException("unexpected nndep feature count: " + w1[0].length / emb);
        }
        this.unknownWord = wordIds.get("-UNKNOWN-");
        this.nullWord = wordIds.get("-NULL-");
        this.rootWord = wordIds.get("-ROOT-");
        this.unknownPos = posIds.get("-UNKNOWN-");
        this.nullPos = posIds.get("-NULL-");
        this.rootPos = posIds.get("-ROOT-");
        this.nullLabel = labelIds.get("-NULL-");

        if (field(parser, DependencyParser.class, "language") != Language.UniversalEnglish) {
            throw new IllegalArgumentException("only UniversalEnglish nndep models are supported");
        }
        // the relation names CoreNLP prints (predict() maps labels through the UD relation table)
        this.labelNames = new String[labels.size()];
        for (int i = 0; i < labelNames.length; i++) {
            GrammaticalRelation gr = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(labels.get(i));
            labelNames[i] = gr == null ? labels.get(i) : gr.toString();
        }
        this.labelFeat = new int[labelNames.length];
        int rl = -1;
        for (int i = 0; i < labelNames.length; i++) {
            labelFeat[i] = labelIds.get(labels.get(i));
            if (labels.get(i).equals(root)) {
                rl = i;
            }
        }
        this.rootLabel = rl;

        this.nTrans = transitions.size();
        if (w2.length != nTrans) {
            throw new IllegalArgumentException("model has " + w2.length + " outputs for " + nTrans + " transitions");
        }
        this.transKind = new byte[nTrans];
        this.transLabel = new int[nTrans];
        this.transRoot = new boolean[nTrans];
        List<String> labelList = labels;
        for (int t = 0; t < nTrans; t++) {
            String tr = transitions.get(t);
            if (tr.startsWith("L(") || tr.startsWith("R(")) {
                transKind[t] = (byte) (tr.charAt(0) == 'L' ? 0 : 1);
                String l = tr.substring(2, tr.length() - 1);
                transLabel[t] = labelList.indexOf(l);
                transRoot[t] = l.equals(root);
                if (transLabel[t] < 0) {
                    throw new IllegalArgumentException("unknown label in transition " + tr);
                }
            } else {
                transKind[t] = 2;
                transLabel[t] = -1;
            }
        }

        // separate row arrays, not one flat array with offsets: C2 vectorizes y[i] += a * x[i] only
        // when it can rule out overlap, which an offset into a shared array prevents
        this.w1t = new float[N_FEATS * emb][hid];
        for (int h = 0; h < hid; h++) {
            float[] row = w1[h];
            for (int c = 0; c < row.length; c++) {
                w1t[c][h] = row[c];
            }
        }
        this.nTransPad = (nTrans + 15) / 16 * 16;
        this.w2t = new float[hid][nTransPad];
        for (int t = 0; t < nTrans; t++) {
            for (int h = 0; h < hid; h++) {
                w2t[h][t] = w2[t][h];
            }
        }

        // keys to precompute: the model's frequent (feature id, slot) pairs plus all POS and label slots
        int[] keys = new int[preComputed.size() + posIds.size() * (DEP_OFFSET - POS_OFFSET)
                + labelIds.size() * (N_FEATS - DEP_OFFSET)];
        int nk = 0;
        for (int k : preComputed) {
            keys[nk++] = k;
        }
        for (int id : posIds.values()) {
            for (int s = POS_OFFSET; s < DEP_OFFSET; s++) {
                keys[nk++] = id * N_FEATS + s;
            }
        }
        for (int id : labelIds.values()) {
            for (int s = DEP_OFFSET; s < N_FEATS; s++) {
                keys[nk++] = id * N_FEATS + s;
            }
        }
        keys = Arrays.stream(keys, 0, nk).distinct().toArray();
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
        this.preKeys = new int[cap];
        this.preRows = new int[cap];
        Arrays.fill(preKeys, -1);
        this.preMask = cap - 1;
        this.pre = new float[keys.length][hid];
        for (int r = 0; r < keys.length; r++) {
            int key = keys[r];
            embTimesW1(pre[r], e[key / N_FEATS], key % N_FEATS);
            int i = mix(key) & preMask;
            while (preKeys[i] != -1) {
                i = (i + 1) & preMask;
            }
            preKeys[i] = key;
            preRows[i] = r;
        }
    }

    private static Object field(Object o, Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("CoreNLP nndep internals changed: " + name, ex);
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int preRow(int key) {
        int i = mix(key) & preMask;
        while (true) {
            int k = preKeys[i];
            if (k == key) {
                return preRows[i];
            }
            if (k == -1) {
                return -1;
            }
            i = (i + 1) & preMask;
        }
    }

    /**
     * Parses one tagged sentence ({@code words[i]} and {@code tags[i]} as CoreNLP's {@code word()} and
     * {@code tag()}). A null tag counts as unknown, as in CoreNLP.
     */
    public Parse parse(String[] words, String[] tags) {
        final int n = words.length;
        // ids by sentence index 0..n (0 = ROOT); index -1 (no such node) maps to the NULL ids
        int[] wid = new int[n + 1];
        int[] pid = new int[n + 1];
        wid[0] = rootWord;
        pid[0] = rootPos;
        for (int i = 1; i <= n; i++) {
            Integer w = words[i - 1] == null ? null : wordIds.get(words[i - 1]);
            wid[i] = w == null ? unknownWord : w;
            Integer p = tags[i - 1] == null ? null : posIds.get(tags[i - 1]);
            pid[i] = p == null ? unknownPos : p;
        }
        int[] head = new int[n + 1];
        int[] lab = new int[n + 1];
        Arrays.fill(head, -1);
        Arrays.fill(lab, -1);
        // leftmost / second leftmost / rightmost / second rightmost child: arc-standard attaches left
        // children right to left and right children left to right, so the newest is the outermost
        int[] lc1 = new int[n + 1];
        int[] lc2 = new int[n + 1];
        int[] rc1 = new int[n + 1];
        int[] rc2 = new int[n + 1];
        Arrays.fill(lc1, -1);
        Arrays.fill(lc2, -1);
        Arrays.fill(rc1, -1);
        Arrays.fill(rc2, -1);
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = 0;
        int next = 1;
        int[] feat = new int[N_FEATS];
        float[] hidden = new float[hid];
        float[] scores = new float[nTransPad];
        float[][] rows = new float[N_FEATS][];
        RareRows rare = new RareRows();

        while (sp > 1 || next <= n) {
            int t;
            if (sp <= 2) {
                // one legal move: shift, or the final right arc from ROOT
                if (next <= n) {
                    stack[sp++] = next++;
                    continue;
                }
                t = -1;
            } else {
                features(feat, stack, sp, next, n, wid, pid, lab, lc1, lc2, rc1, rc2);
                score(feat, rows, rare, hidden, scores);
                boolean canShift = next <= n;
                float best = Float.NEGATIVE_INFINITY;
                t = -2;
                for (int j = 0; j < nTrans; j++) {
                    if (scores[j] > best && (transKind[j] == 2 ? canShift : !transRoot[j])) {
                        best = scores[j];
                        t = j;
                    }
                }
                if (t == -2) {
                    throw new IllegalStateException("no legal transition");
                }
            }
            if (t == -1) {
                int s0 = stack[--sp];
                head[s0] = 0;
                lab[s0] = rootLabel;
                rc2[0] = rc1[0];
                rc1[0] = s0;
            } else if (transKind[t] == 2) {
                stack[sp++] = next++;
            } else if (transKind[t] == 0) {
                int s0 = stack[sp - 1];
                int s1 = stack[sp - 2];
                head[s1] = s0;
                lab[s1] = transLabel[t];
                lc2[s0] = lc1[s0];
                lc1[s0] = s1;
                stack[sp - 2] = s0;
                sp--;
            } else {
                int s0 = stack[sp - 1];
                int s1 = stack[sp - 2];
                head[s0] = s1;
                lab[s0] = transLabel[t];
                rc2[s1] = rc1[s1];
                rc1[s1] = s0;
                sp--;
            }
        }
        int[] outHead = new int[n];
        String[] outLabel = new String[n];
        boolean[] auxPass = new boolean[n];
        for (int i = 1; i <= n; i++) {
            outHead[i - 1] = head[i] - 1;
            outLabel[i - 1] = head[i] == 0 ? "root" : labelNames[lab[i]];
            if (head[i] > 0 && "aux:pass".equals(outLabel[i - 1])) {
                auxPass[head[i] - 1] = true;
            }
        }
        // CoreNLP's basic UD dependencies (GrammaticalStructure.typedDependencies, correctSubjPass):
        // the subject of a word with an aux:pass dependent is a passive subject
        for (int i = 0; i < n; i++) {
            if (outHead[i] >= 0 && auxPass[outHead[i]]) {
                if ("nsubj".equals(outLabel[i])) {
                    outLabel[i] = "nsubj:pass";
                } else if ("csubj".equals(outLabel[i])) {
                    outLabel[i] = "csubj:pass";
                }
            }
        }
        return new Parse(outHead, outLabel);
    }

    private void features(int[] f, int[] stack, int sp, int next, int n, int[] wid, int[] pid, int[] lab,
            int[] lc1, int[] lc2, int[] rc1, int[] rc2) {
        for (int j = 2; j >= 0; j--) {
            node(f, 2 - j, j < sp ? stack[sp - 1 - j] : -1, wid, pid, lab, false);
        }
        for (int j = 0; j <= 2; j++) {
            int b = next + j;
            node(f, 3 + j, b <= n ? b : -1, wid, pid, lab, false);
        }
        for (int j = 0; j <= 1; j++) {
            int k = j < sp ? stack[sp - 1 - j] : -1;
            int base = 6 + j * 6;
            int l1 = k < 0 ? -1 : lc1[k];
            int r1 = k < 0 ? -1 : rc1[k];
            node(f, base, l1, wid, pid, lab, true);
            node(f, base + 1, r1, wid, pid, lab, true);
            node(f, base + 2, k < 0 ? -1 : lc2[k], wid, pid, lab, true);
            node(f, base + 3, k < 0 ? -1 : rc2[k], wid, pid, lab, true);
            node(f, base + 4, l1 < 0 ? -1 : lc1[l1], wid, pid, lab, true);
            node(f, base + 5, r1 < 0 ? -1 : rc1[r1], wid, pid, lab, true);
        }
    }

    /** Word and POS feature of node {@code i} (-1 = none) in word slot {@code s}; label feature for child slots. */
    private void node(int[] f, int s, int i, int[] wid, int[] pid, int[] lab, boolean withLabel) {
        f[s] = i < 0 ? nullWord : wid[i];
        f[POS_OFFSET + s] = i < 0 ? nullPos : pid[i];
        if (withLabel) {
            f[DEP_OFFSET + s - 6] = i <= 0 || lab[i] < 0 ? nullLabel : labelFeat[lab[i]];
        }
    }

    private void score(int[] feat, float[][] rows, RareRows rare, float[] hidden, float[] scores) {
        System.arraycopy(b1, 0, hidden, 0, hid);
        int nr = 0;
        for (int s = 0; s < N_FEATS; s++) {
            int tok = feat[s];
            int row = preRow(tok * N_FEATS + s);
            if (row >= 0) {
                rows[nr++] = pre[row];
            } else {
                // a rare feature id: its embedding times its W1 block, kept for the rest of the sentence
                // (a word stays in the same slot for several transitions)
                int key = tok * N_FEATS + s;
                float[] m = rare.get(key);
                if (m == null) {
                    m = new float[hid];
                    embTimesW1(m, e[tok], s);
                    rare.put(key, m);
                }
                rows[nr++] = m;
            }
        }
        int r = 0;
        for (; r + 3 < nr; r += 4) {
            add4(hidden, rows[r], rows[r + 1], rows[r + 2], rows[r + 3]);
        }
        for (; r < nr; r++) {
            add(hidden, rows[r]);
        }
        for (int h = 0; h < hid; h++) {
            float x = hidden[h];
            hidden[h] = x * x * x;
        }
        output(scores, hidden, w2t);
    }

    /** scores = W2 · hidden, as axpy passes over the rows of W2ᵀ, four per pass. */
    private static void output(float[] scores, float[] hidden, float[][] w) {
        Arrays.fill(scores, 0f);
        int n = scores.length;
        int h = 0;
        for (; h + 3 < hidden.length; h += 4) {
            float a = hidden[h];
            float b = hidden[h + 1];
            float c = hidden[h + 2];
            float d = hidden[h + 3];
            float[] x = w[h];
            float[] u = w[h + 1];
            float[] v = w[h + 2];
            float[] z = w[h + 3];
            for (int i = 0; i < n; i++) {
                scores[i] += (a * x[i] + b * u[i]) + (c * v[i] + d * z[i]);
            }
        }
        for (; h < hidden.length; h++) {
            axpy(scores, hidden[h], w[h]);
        }
    }

    /** y += the hidden-layer contribution of embedding {@code ev} in feature slot {@code slot}. */
    private void embTimesW1(float[] y, float[] ev, int slot) {
        float[][] w = w1t;
        int c = slot * emb;
        int k = 0;
        for (; k + 3 < emb; k += 4, c += 4) {
            axpy4(y, ev[k], w[c], ev[k + 1], w[c + 1], ev[k + 2], w[c + 2], ev[k + 3], w[c + 3]);
        }
        for (; k < emb; k++, c++) {
            axpy(y, ev[k], w[c]);
        }
    }

    // small static loops over whole arrays of one length: C2 turns these into SIMD code. Several rows
    // per pass, so the accumulator is loaded and stored once per group rather than once per row (four:
    // with eight input arrays C2 on JDK 17 no longer vectorizes the loop, measured 3x slower).
    private static void add(float[] y, float[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] += x[i];
        }
    }

    private static void add4(float[] y, float[] a, float[] b, float[] c, float[] d) {
        for (int i = 0; i < y.length; i++) {
            y[i] += (a[i] + b[i]) + (c[i] + d[i]);
        }
    }

    private static void axpy(float[] y, float a, float[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void axpy4(float[] y, float a, float[] x, float b, float[] u, float c, float[] v, float d, float[] w) {
        for (int i = 0; i < y.length; i++) {
            y[i] += (a * x[i] + b * u[i]) + (c * v[i] + d * w[i]);
        }
    }

    /** Per-parse rows of rare feature ids: a small open-addressing map from key to row. */
    private static final class RareRows {
        private int[] keys = new int[64];
        private float[][] rows = new float[64][];
        private int size;

        RareRows() {
            Arrays.fill(keys, -1);
        }

        float[] get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask;; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return rows[i];
                }
                if (keys[i] == -1) {
                    return null;
                }
            }
        }

        void put(int key, float[] row) {
            if (2 * (size + 1) > keys.length) {
                int[] oldKeys = keys;
                float[][] oldRows = rows;
                keys = new int[oldKeys.length * 2];
                rows = new float[keys.length][];
                Arrays.fill(keys, -1);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1) {
                        put(oldKeys[i], oldRows[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != -1) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            rows[i] = row;
            size++;
        }
    }
}
