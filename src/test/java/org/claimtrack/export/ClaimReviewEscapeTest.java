package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 19, item 5: a ClaimReview file goes into {@code <script type="application/ld+json">} as it is,
 * so no text of it may close the script: {@code <}, {@code >} and {@code &} are escapes, and the JSON
 * still reads back to the very same strings.
 */
class ClaimReviewEscapeTest {

    static final String CLAIM = "</script><script>alert(1)</script> & <!-- more \u2028 here";

    @Test
    void noTextCanCloseTheScriptElement() throws Exception {
        ExportRow row = new ExportRow(1, "Title </SCRIPT> & co", "A&B <News>", "https://x.example/?a=1&b=2",
                LocalDate.of(2024, 1, 2), 7, 0, 10, CLAIM, "NAMED_SOURCE", "DIRECT", List.of(), "REVIEWED", "HUMAN",
                0, 3, "The <b>mayor</b>", "The <b>mayor</b>", "PERSON", null, null, null, null, null, "FALSE",
                "Because </script> said so & more", List.of("https://e.example/?q=<x>"), "chuck",
                OffsetDateTime.parse("2024-02-01T10:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClaimReviewWriter w = new ClaimReviewWriter(out, "Org <&>", "https://org.example/?x=<y>",
                "https://checks.example/?p=<&>", r -> new ClaimReviewWriter.Publication(
                        OffsetDateTime.parse("2024-02-02T10:00:00Z"), "https://elsewhere.example/?a=<b>&c",
                        List.of(new ClaimReviewWriter.Appearance("https://x.example/?a=1&b=2", "Title </SCRIPT>",
                                LocalDate.of(2024, 1, 2), "A&B <News>"))));
        w.begin();
        w.row(row);
        w.end();
        String raw = out.toString(StandardCharsets.UTF_8);
        for (String c : new String[] {"<", ">", "&", "\u2028"}) {
            assertFalse(raw.contains(c), "no raw " + c + " in " + raw);
        }
        assertTrue(raw.toLowerCase(java.util.Locale.ROOT).contains("\\u003c/script\\u003e"), raw);
        assertTrue(raw.toLowerCase(java.util.Locale.ROOT).contains("\\u0026"), raw);
        JsonNode back = new ObjectMapper().readTree(raw);
        assertEquals(CLAIM, back.get(0).get("claimReviewed").asText(), "the same text to every JSON parser");
        assertEquals("A&B <News>", back.get(0).at("/itemReviewed/appearance/0/publisher/name").asText());
        assertEquals("Org <&>", back.get(0).at("/author/name").asText());
    }
}
