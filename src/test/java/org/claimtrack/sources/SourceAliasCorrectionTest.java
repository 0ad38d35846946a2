package org.claimtrack.sources;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 15 item 5: a correction that moves a claim off a source removes the alias its mention left
 * there, unless another claim of the source still names it or a merge brought it; an undo of the
 * correction teaches it back. Through the API: claims added with a mention the resolver joins.
 */
@QuarkusTest
class SourceAliasCorrectionTest {

    /** An article of the given sentences and a claim on it whose mention is {@code words}, named {@code name}. */
    static long claim(String sentence, String content, String words, String name) {
        long article = Fixtures.article("Alias " + Fixtures.nonce(), LocalDate.of(2024, 6, 1), sentence);
        int s = sentence.indexOf(content);
        int src = sentence.indexOf(words);
        int cue = sentence.indexOf("said");
        assertTrue(s >= 0 && src >= 0 && cue >= 0);
        return as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("start", s, "end", s + content.length(),
                "kind", "NAMED_SOURCE", "quote", "INDIRECT",
                "source", Map.of("start", src, "end", src + words.length(), "name", name, "type", "PERSON"),
                "cue", Map.of("start", cue, "end", cue + 4)))
                .post("/api/articles/" + article + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long sourceOf(long claim) {
        return as(TestUsers.VIEWER).get("/api/claims/" + claim).jsonPath().getLong("source.id");
    }

    static List<String> aliases(long source) {
        return as(TestUsers.VIEWER).get("/api/sources/" + source).then().statusCode(200).extract().jsonPath()
                .getList("aliases");
    }

    static void moveTo(long claim, long source) {
        int v = as(TestUsers.VIEWER).get("/api/claims/" + claim).jsonPath().getInt("version");
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("source", Map.of("id", source), "version", v))
                .patch("/api/claims/" + claim).then().statusCode(200).body("source.id", equalTo((int) source));
    }

    /** A person's source (its first claim names it) and the words of an aide credited to it by mistake. */
    record Joined(String n, String name, long source, String aide) {
        /** A claim of the aide's words with the person's name, as the extractor got it wrong: the resolver joins it. */
        long wrong(String what) {
            return claim(aide + ", said the " + what + " of " + n + " holds.", "the " + what + " of " + n + " holds", aide,
                    name);
        }
    }

    static Joined joined(String first, String last, String aide) {
        String n = Fixtures.nonce();
        String name = first + " " + last + n;
        long claim = claim(name + " said the port of " + n + " reopens.", "the port of " + n + " reopens", name, name);
        return new Joined(n, name, sourceOf(claim), aide + n + ", an aide to " + name);
    }

    @Test
    void movingAClaimOffASourceTakesTheAliasItsMentionLeftThere() {
        Joined j = joined("Vela", "Dorn", "Kel Ostra");
        String n = j.n();
        String name = j.name();
        long source = j.source();
        String aide = j.aide();
        long wrong = j.wrong("dam");
        String titled = "Minister " + name;
        long right = claim(titled + " said the road of " + n + " is open.", "the road of " + n + " is open", titled, name);
        assertTrue(sourceOf(wrong) == source && sourceOf(right) == source);
        assertTrue(aliases(source).containsAll(List.of(aide, titled)), "both mentions taught the source an alias");

        long kel = Fixtures.source("Kel Ostra" + n, SourceType.PERSON);
        moveTo(wrong, kel);
        assertFalse(aliases(source).contains(aide), "the aide's words no longer name the minister");
        assertTrue(aliases(source).contains(titled), "the other claim's alias stays");

        // undoing the correction puts the claim back, and its alias with it
        as(TestUsers.CHECKER).post("/api/claims/" + wrong + "/undo").then().statusCode(200)
                .body("source.id", equalTo((int) source));
        assertTrue(aliases(source).contains(aide));

        // a correction of the mention's words (the claim stays on the source) takes the old words' alias too
        int v = as(TestUsers.VIEWER).get("/api/claims/" + wrong).jsonPath().getInt("version");
        int at = aide.indexOf(name);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("version", v, "source",
                Map.of("start", at, "end", at + name.length(), "name", name, "type", "PERSON")))
                .patch("/api/claims/" + wrong).then().statusCode(200).body("source.id", equalTo((int) source));
        assertFalse(aliases(source).contains(aide));
    }

    @Test
    void anAliasStaysWhileAnotherClaimNamesItOrAMergeBroughtIt() {
        Joined j = joined("Ira", "Vosk", "Tam Reyes");
        String n = j.n();
        String name = j.name();
        long source = j.source();
        String aide = j.aide();
        long wrong = j.wrong("kiln");
        long again = j.wrong("well");
        long tam = Fixtures.source("Tam Reyes" + n, SourceType.PERSON);
        moveTo(wrong, tam);
        assertTrue(aliases(source).contains(aide), "another claim of the source still names it");
        moveTo(again, tam);
        assertFalse(aliases(source).contains(aide), "the last claim that named it moved too");

        // a source merged in brings its aliases; a claim later moved off does not take them away
        long other = Fixtures.source("I. Vosk" + n, SourceType.PERSON);
        QuarkusTransaction.requiringNew().run(() -> Source.<Source>findById(other).aliases.add("Ira V. " + n));
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", source))
                .post("/api/sources/" + other + "/merge").then().statusCode(200);
        String merged = "Ira V. " + n;
        long viaMerge = claim(merged + " said the gate of " + n + " is shut.", "the gate of " + n + " is shut", merged,
                name);
        assertTrue(sourceOf(viaMerge) == source && aliases(source).contains(merged));
        moveTo(viaMerge, tam);
        assertTrue(aliases(source).contains(merged), "the merge's alias stays");
        assertTrue(aliases(source).contains("I. Vosk" + n), "the merged-away name stays");
    }
}
