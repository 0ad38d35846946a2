package org.claimtrack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page forms say refusals in words, not in the API's JSON field names (issue 17, item 6). */
class FormWordsTest {

    @Test
    void sourceRefusalIsSaidInWords() {
        String api = "a NAMED_SOURCE claim needs a source: send source {\"id\"} or {\"start\",\"end\",\"name\",\"type\"}";
        String page = ErrorPage.forForm(api);
        assertFalse(page.contains("{"), page);
        assertTrue(page.contains("choose a source from the list"), page);
    }

    @Test
    void otherMessagesPassUnchanged() {
        assertEquals("text is required", ErrorPage.forForm("text is required"));
    }
}
