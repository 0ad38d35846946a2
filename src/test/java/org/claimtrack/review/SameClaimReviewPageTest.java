package org.claimtrack.review;

import static org.claimtrack.review.ReviewFixtures.version;
import static org.claimtrack.review.ReviewPageTest.form;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The review page's claim panel and the same claim elsewhere (issue 16): the verdict checked in another
 * article with a Reuse button, and the suggested matches with Confirm / Dismiss for editors, as plain forms.
 */
@QuarkusTest
class SameClaimReviewPageTest {

    private static String page(String user, long article, long claim) {
        return as(user).get("/articles/" + article + "?claim=" + claim).then().statusCode(200).extract().asString();
    }

    @Test
    void thePanelShowsTheVerdictElsewhereAndTheReuseFormReusesIt() {
        SameClaimFixture f = SameClaimFixture.create();
        String html = page(TestUsers.CHECKER, f.article(), f.claim());
        assertTrue(html.contains("id=\"checked-elsewhere\""), "the panel says so");
        String box = html.substring(html.indexOf("id=\"checked-elsewhere\""), html.indexOf("</section>",
                html.indexOf("id=\"checked-elsewhere\"")));
        assertTrue(box.contains("v-FALSE") && box.contains(">" + TestUsers.CHECKER + "<"), "verdict and who: " + box);
        assertTrue(box.contains("href=\"/articles/" + f.checkedArticle() + "?claim=" + f.checked() + "#claim-" + f.checked() + "\""),
                "which article, linked: " + box);
        assertTrue(box.contains("Wire " + f.nonce()) && box.contains(SameClaimFixture.EXPLANATION), box);
        assertTrue(box.matches("(?s).*<time datetime=\"[^\"]+\">\\d{4}-\\d{2}-\\d{2}</time>.*"), "when: " + box);
        assertTrue(box.contains("action=\"/articles/" + f.article() + "/claims/" + f.claim() + "/reuse-verdict\"")
                && box.contains("name=\"csrf\"") && box.contains("name=\"from\" value=\"" + f.checked() + "\""), box);
        assertTrue(html.contains("✓ elsewhere"), "the table marks it");
        // the checked claim's own page: nothing elsewhere to show
        assertFalse(page(TestUsers.CHECKER, f.checkedArticle(), f.checked()).contains("id=\"checked-elsewhere\""));
        // a viewer reads it, without the button
        String viewer = page(TestUsers.VIEWER, f.article(), f.claim());
        assertTrue(viewer.contains("id=\"checked-elsewhere\"") && !viewer.contains("reuse-verdict-form"));

        // the form: refused without its token or for a viewer, stale versions get the conflict page
        int v = version(f.claim());
        as(TestUsers.CHECKER).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("version", v).formParam("from", f.checked())
                .post("/articles/" + f.article() + "/claims/" + f.claim() + "/reuse-verdict").then().statusCode(403);
        form(TestUsers.VIEWER).formParam("version", v).formParam("from", f.checked())
                .post("/articles/" + f.article() + "/claims/" + f.claim() + "/reuse-verdict").then().statusCode(403);
        form(TestUsers.CHECKER).formParam("version", v).formParam("from", f.lone())
                .post("/articles/" + f.article() + "/claims/" + f.claim() + "/reuse-verdict").then().statusCode(422)
                .body(containsString("not in the same group"));
        form(TestUsers.CHECKER).formParam("version", v).formParam("from", f.checked())
                .post("/articles/" + f.article() + "/claims/" + f.claim() + "/reuse-verdict").then().statusCode(303)
                .header("Location", containsString("done=reuse-verdict"));
        assertEquals("FALSE", as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath().getString("verdict.rating"));
        form(TestUsers.CHECKER).formParam("version", v).formParam("from", f.checked())
                .post("/articles/" + f.article() + "/claims/" + f.claim() + "/reuse-verdict").then().statusCode(409);
        String after = as(TestUsers.CHECKER).get("/articles/" + f.article() + "?claim=" + f.claim() + "&done=reuse-verdict")
                .then().statusCode(200).extract().asString();
        assertTrue(after.contains("Verdict reused") && after.contains("reuse-verdict</strong>"), "notice and history row");
        assertTrue(after.contains("Verdict reused from claim #" + f.checked()), "the explanation says where it came from");
    }

    @Test
    void suggestionsShowInThePanelAndEditorsConfirmOrDismissThem() {
        SameClaimFixture f = SameClaimFixture.create();
        // two claims of other articles the matcher was not sure of: one suggested to join f.claim()'s group,
        // and f.claim() suggested for the other
        long a5 = Fixtures.article("Ledger " + f.nonce(), null, "Reports said 80 people died in the " + f.nonce() + " raid.");
        long s1 = Fixtures.claims(a5, Fixtures.Spec.of("80 people died in the " + f.nonce() + " raid")).get(0);
        long a6 = Fixtures.article("Post " + f.nonce(), null, "No one was hurt in the " + f.nonce() + " strikes.");
        long s2 = Fixtures.claims(a6, Fixtures.Spec.of("No one was hurt in the " + f.nonce() + " strikes")).get(0);
        SameClaimFixture.suggest(s1, f.claim(), 0.71);
        SameClaimFixture.suggest(f.claim(), s2, 0.64);

        String checker = page(TestUsers.CHECKER, f.article(), f.claim());
        assertTrue(checker.contains("id=\"panel-suggestions\""), "suggestions in the panel");
        String box = checker.substring(checker.indexOf("id=\"panel-suggestions\""));
        box = box.substring(0, box.indexOf("</section>"));
        assertTrue(box.contains("80 people died in the " + f.nonce() + " raid") && box.contains("71 %"), box);
        assertTrue(box.contains("No one was hurt in the " + f.nonce() + " strikes") && box.contains("64 %"), box);
        assertTrue(box.indexOf("71 %") < box.indexOf("64 %"), "best first");
        assertTrue(box.contains("Ledger " + f.nonce()) && box.contains("href=\"/articles/" + a5 + "?claim=" + s1), box);
        assertFalse(box.contains("suggestion-form"), "a checker only reads them");
        String editor = page(TestUsers.EDITOR, f.article(), f.claim());
        String forms = editor.substring(editor.indexOf("id=\"panel-suggestions\""));
        assertTrue(forms.contains("action=\"/clusters/suggestions\"") && forms.contains("name=\"csrf\""), "editors decide");
        // the other side's page shows the same suggestion, seen from there
        assertTrue(page(TestUsers.VIEWER, a5, s1).contains("80 troops died in the " + f.nonce() + " strikes"));

        // refused: a checker, a missing token, a bad action
        form(TestUsers.CHECKER).formParam("claim", s1).formParam("other", f.claim()).formParam("action", "dismiss")
                .formParam("article", f.article()).formParam("show", f.claim()).post("/clusters/suggestions")
                .then().statusCode(403);
        as(TestUsers.EDITOR).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("claim", s1).formParam("other", f.claim()).formParam("action", "dismiss")
                .formParam("article", f.article()).post("/clusters/suggestions").then().statusCode(403);
        form(TestUsers.EDITOR).formParam("claim", s1).formParam("other", f.claim()).formParam("action", "merge")
                .formParam("article", f.article()).post("/clusters/suggestions").then().statusCode(422);

        // dismiss one: back to the review page, which no longer offers it
        form(TestUsers.EDITOR).formParam("claim", f.claim()).formParam("other", s2).formParam("action", "dismiss")
                .formParam("article", f.article()).formParam("show", f.claim()).post("/clusters/suggestions")
                .then().statusCode(303).header("Location", containsString("/articles/" + f.article() + "?claim=" + f.claim()
                        + "&done=suggestion-dismissed"));
        String dismissed = page(TestUsers.EDITOR, f.article(), f.claim());
        assertFalse(dismissed.contains("No one was hurt in the " + f.nonce() + " strikes"), "dismissed, gone at once");
        // confirm the other: its claim joins the group, and its page now shows the verdict elsewhere
        form(TestUsers.EDITOR).formParam("claim", s1).formParam("other", f.claim()).formParam("action", "confirm")
                .formParam("article", f.article()).formParam("show", f.claim()).post("/clusters/suggestions")
                .then().statusCode(303).header("Location", containsString("done=suggestion-confirmed"));
        String confirmed = as(TestUsers.EDITOR).get("/articles/" + f.article() + "?claim=" + f.claim()
                + "&done=suggestion-confirmed").then().statusCode(200).extract().asString();
        assertTrue(confirmed.contains("Suggestion confirmed") && !confirmed.contains("id=\"panel-suggestions\""), "none left");
        assertEquals(f.checked(), as(TestUsers.VIEWER).get("/api/claims/" + s1).jsonPath().getLong("checkedElsewhere.claimId"));
        assertTrue(page(TestUsers.VIEWER, a5, s1).contains("id=\"checked-elsewhere\""));
    }
}
