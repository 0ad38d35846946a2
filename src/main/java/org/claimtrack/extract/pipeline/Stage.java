package org.claimtrack.extract.pipeline;

/** One step of the extractor: reads what earlier stages put on the document and adds its own part. */
public interface Stage {
    void apply(ArticleDoc doc);

    default String name() {
        return getClass().getSimpleName();
    }
}
