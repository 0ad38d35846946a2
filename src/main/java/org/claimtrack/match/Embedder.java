package org.claimtrack.match;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX inside the langchain4j jar, run
 * in-process: no network). The model is loaded once per JVM, on first use (~1 s).
 */
public final class Embedder {

    public static final int DIMENSIONS = 384;

    private Embedder() {
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The text's embedding, unit length. */
    public static float[] embed(String text) {
        return unit(Holder.MODEL.embed(text).content().vector());
    }

    /** Many texts at once (the model spreads a batch over the cores). */
    public static List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> out = Holder.MODEL.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(out.size());
        for (Embedding e : out) {
            vectors.add(unit(e.vector()));
        }
        return vectors;
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
