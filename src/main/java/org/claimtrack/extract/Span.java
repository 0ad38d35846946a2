package org.claimtrack.extract;

/** A stretch of the submitted text: code-point offsets, end exclusive, and the text between them. */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
