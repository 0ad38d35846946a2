package org.claimtrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The seed format's date header is metadata: it sets the published date and leaves the text. */
class DateHeaderTest {

    static IngestRequest text(String t) {
        return ArticleService.withoutDateHeader(new IngestRequest(t, null, null, null, null, null));
    }

    @Test
    void asAPrefixOrALineOfItsOwn() {
        IngestRequest prefix = text(" date 2020-01-05 The minister said the plan would work.");
        assertEquals("The minister said the plan would work.", prefix.text());
        assertEquals(LocalDate.of(2020, 1, 5), prefix.published());
        IngestRequest line = text("date 2021-06-30\r\n\r\nFirst line.\nSecond line.");
        assertEquals("First line.\nSecond line.", line.text());
        assertEquals(LocalDate.of(2021, 6, 30), line.published());
    }

    @Test
    void aGivenDateWinsAndOtherTextIsLeftAlone() {
        IngestRequest given = ArticleService.withoutDateHeader(new IngestRequest(" date 2020-01-05 Text.", null, null, null,
                LocalDate.of(2019, 1, 1), null));
        assertEquals("Text.", given.text());
        assertEquals(LocalDate.of(2019, 1, 1), given.published());
        assertEquals("date night is back.", text("date night is back.").text());
        assertEquals(" date 2020-13-45 Text.", text(" date 2020-13-45 Text.").text(), "not a date: left as it is");
        assertEquals(" date 2020-01-05 ", text(" date 2020-01-05 ").text(), "a header alone stays the text");
    }
}
