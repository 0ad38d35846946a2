package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;

import io.restassured.http.ContentType;

/** An article of the test's own with claims of several kinds, made through the API (not the interim extractor). */
final class ReviewFixtures {

    static final String HOSTILE = "<script>alert('xss')</script> and <img src=x onerror=alert(1)>";

    record Made(long article, String text, Map<String, Long> claims) {
    }

    private ReviewFixtures() {
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Text with an emoji up front (code points differ from UTF-16 units), markup that must stay text, and
     * four claims: a tweet with source and cue, an official statement, an anonymous source, an unattributed one.
     */
    static Made article(String title) {
        String marker = unique();
        String text = "😀 Report " + marker + ". The minister wrote in a tweet that prices will fall next year. "
                + "The ministry said the bridge is closed. Officials privately warned of riots. "
                + "Two mortar shots hit the Green Zone. " + HOSTILE + " Leave a Reply";
        long id = as(TestUsers.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", title + " " + marker, "outlet", "Review Outlet", "published", "2020-01-06"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        // the extractor's own claims are in the way of a known set: reject them
        for (Object cid : as(TestUsers.VIEWER).queryParam("article", id).get("/api/claims").jsonPath().getList("id")) {
            as(TestUsers.EDITOR).delete("/api/claims/" + cid).then().statusCode(200);
        }
        Map<String, Long> claims = new LinkedHashMap<>();
        claims.put("tweet", add(id, text, "prices will fall next year", "TWEET", "The minister", "Hamid Karimi", "PERSON", "wrote in a tweet"));
        claims.put("official", add(id, text, "the bridge is closed", "OFFICIAL_STATEMENT", "The ministry", "Ministry of Transport", "GOVERNMENT", "said"));
        claims.put("anonymous", add(id, text, "riots", "ANONYMOUS_SOURCE", "Officials", "officials", "UNNAMED", "warned"));
        claims.put("unattributed", add(id, text, "Two mortar shots hit the Green Zone.", "UNATTRIBUTED", null, null, null, null));
        return new Made(id, text, claims);
    }

    static int cp(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        return text.codePointCount(0, i);
    }

    /** The source's canonical name is a real name: the resolver links no canonical source to a bare "minister". */
    static long add(long article, String text, String content, String kind, String source, String name, String type,
            String cue) {
        Map<String, Object> body = new LinkedHashMap<>();
        int s = cp(text, content);
        body.put("start", s);
        body.put("end", s + content.codePointCount(0, content.length()));
        body.put("kind", kind);
        if (source != null) {
            int ss = cp(text, source);
            body.put("source", Map.of("start", ss, "end", ss + source.length(), "name", name,
                    "type", type));
            body.put("quote", "INDIRECT");
        }
        if (cue != null) {
            int cs = cp(text, cue);
            body.put("cue", Map.of("start", cs, "end", cs + cue.length()));
        }
        return as(TestUsers.CHECKER).contentType(ContentType.JSON).body(body).post("/api/articles/" + article + "/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static int version(long claim) {
        return as(TestUsers.VIEWER).get("/api/claims/" + claim).jsonPath().getInt("version");
    }
}
