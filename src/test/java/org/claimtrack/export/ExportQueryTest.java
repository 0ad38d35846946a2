package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.claimtrack.review.ClaimFilter;
import org.junit.jupiter.api.Test;

/** The filter's named parameters become JDBC's positional ones, in order. */
class ExportQueryTest {

    @Test
    void namedParametersBecomePositional() {
        ClaimFilter f = new ClaimFilter();
        f.article = 7L;
        f.kind = "tweet";
        f.from = "2020-01-01";
        f.q = "what? it's 'quoted'";
        ExportQuery q = ExportQuery.of(f, true);
        assertEquals(List.of(7L, "TWEET", LocalDate.of(2020, 1, 1), "what? it's 'quoted'"), q.params());
        assertFalse(q.sql().matches("(?s).*[^:]:[a-z]+.*"), q.sql());
        assertTrue(q.sql().contains("c.verdict_rating is not null"));
        assertTrue(q.sql().endsWith(ExportQuery.ORDER));
        String inlined = q.inlinedSql();
        assertTrue(inlined.contains("c.article_id = 7"), inlined);
        assertTrue(inlined.contains("'what? it''s ''quoted'''"), inlined);
        assertTrue(inlined.contains("a.published >= '2020-01-01'"), inlined);
        assertFalse(ExportQuery.all().sql().contains("?"));
    }
}
