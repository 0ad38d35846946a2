package org.claimtrack.export;

import java.util.List;

/**
 * claimtrack's brat standoff convention, shared by the export and the import (docs/export.md):
 * <pre>
 * T1  Source 111 113  he
 * T2  Cue 114 121  claimed
 * T3  Content 127 178  Iran was behind ...
 * T4  Attribution 114 121  claimed          (the event's trigger: the cue, or the content without one)
 * E1  Attribution:T4 Content:T3 Source:T1 Cue:T2
 * A1  Kind E1 TWEET
 * A2  Quote E1 INDIRECT
 * A3  SourceType T1 PERSON
 * #1  AnnotatorNotes E1  {"id":17,"source":{"name":"Mike Pompeo","type":"PERSON","handle":"@SecPompeo"},"hedges":[]}
 * </pre>
 * An UNATTRIBUTED claim is a Content-only event (the trigger spans the content). Offsets are code
 * points into {@code <article id>.txt}, the article's raw text byte for byte; the text column of a T
 * line has tabs shown as spaces. brat refuses a span over a line break, so such a span is written as
 * fragments between the breaks ({@code T3 Content 10 20;21 40}); the import reads it from its first
 * start to its last end, line breaks included.
 * The PolNeAR corpus layout (trigger on the cue, {@code Attribution-no-source}) reads the same way.
 */
final class Brat {

    static final String ATTRIBUTION = "Attribution";
    static final String NO_SOURCE = "Attribution-no-source";

    /** brat's configuration for the collection, so the zip opens in brat as it is. */
    static final String ANNOTATION_CONF = String.join("\n", List.of(
            "[entities]",
            "Source",
            "Cue",
            "Content",
            "",
            "[relations]",
            // claims overlap: a source inside another claim's content, two claims on one span, nested quotes
            "<OVERLAP>\tArg1:Source|Cue|Content, Arg2:Source|Cue|Content, <OVL-TYPE>:<ANY>",
            "",
            "[events]",
            "Attribution\tContent:Content, Source?:Source, Cue?:Cue",
            "Attribution-no-source\tContent:Content, Cue?:Cue",
            "",
            "[attributes]",
            "Kind\tArg:<EVENT>, Value:TWEET|OFFICIAL_STATEMENT|MEDIA_REPORT|DOCUMENT|ANONYMOUS_SOURCE|NAMED_SOURCE|UNATTRIBUTED",
            "Quote\tArg:<EVENT>, Value:DIRECT|INDIRECT|MIXED|NONE",
            "SourceType\tArg:Source, Value:PERSON|GOVERNMENT|ORGANIZATION|MEDIA|UNNAMED",
            "")) ;

    private Brat() {
    }

    /** The text column of a T line: one line, whatever the span holds. */
    static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /**
     * The span [start, end) (code points; {@code charAt} from {@link BratWriter#codePointIndex}) cut
     * at its line breaks: {start, end} pairs of the stretches between them, without the breaks. A span
     * of nothing but line breaks (or an empty one) stays as it is.
     */
    static List<int[]> fragments(String text, int[] charAt, int start, int end) {
        List<int[]> out = new java.util.ArrayList<>();
        int from = start;
        for (int cp = start; cp < end; cp++) {
            char c = text.charAt(charAt[cp]);
            if (c == '\n' || c == '\r') {
                if (cp > from) {
                    out.add(new int[] {from, cp});
                }
                from = cp + 1;
            }
        }
        if (end > from) {
            out.add(new int[] {from, end});
        }
        if (out.isEmpty()) {
            out.add(new int[] {start, end});
        }
        return out;
    }
}
