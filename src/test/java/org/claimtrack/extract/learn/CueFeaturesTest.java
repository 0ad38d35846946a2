package org.claimtrack.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.extract.pipeline.ClaimProposer;
import org.junit.jupiter.api.Test;

/** Candidates and features on sentences of our own, and the model file's round trip. */
class CueFeaturesTest {

    /** word -> features of every candidate the rules left in text. */
    private static Map<String, List<String>> candidates(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        ClaimProposer collect = (doc, rules) -> {
            for (CueFeatures.Candidate c : CueFeatures.candidates(doc)) {
                out.put(c.sent().word[c.tok()], CueFeatures.features(doc, c.sent(), c.tok()));
            }
        };
        ThresholdSweep.with(collect).analyse(text);
        return out;
    }

    @Test
    void aVerbTheRulesDoNotKnowIsACandidateWithItsParse() {
        Map<String, List<String>> c = candidates("The mayor grumbled that the budget was far too small for the city.\n");
        List<String> f = c.get("grumbled");
        assertTrue(f != null, "candidates: " + c.keySet());
        assertTrue(f.contains("lemma=grumble"), f.toString());
        assertTrue(f.contains("pos=VBD"), f.toString());
        assertTrue(f.contains("kid=ccomp"), f.toString());
        assertTrue(f.contains("subj=nn"), f.toString());
        assertTrue(f.contains("next=that"), f.toString());
        assertTrue(f.contains("rule:sentClaims=0"), f.toString());
        assertFalse(f.contains("lex:clause"), f.toString());
        assertEquals(f.stream().sorted().distinct().toList(), f, "sorted, no repeats");
    }

    @Test
    void ruleCuesAndQuotedVerbsAreNoCandidates() {
        Map<String, List<String>> c = candidates("The senator said the plan failed badly last year in Ohio.\n\n"
                + "“We fought hard for every vote,” she told reporters on Monday.\n");
        assertFalse(c.containsKey("said"), "a rule cue: " + c.keySet());
        assertFalse(c.containsKey("fought"), "inside a quotation: " + c.keySet());
        List<String> failed = c.get("failed");
        assertTrue(failed != null, c.keySet().toString());
        assertTrue(failed.contains("rule:inContent"), failed.toString());
        assertTrue(failed.contains("head:clauseCue"), failed.toString());
        assertTrue(failed.contains("rule:sentClaims=1"), failed.toString());
    }

    @Test
    void theModelFileRoundTripsAndScores() throws Exception {
        CueModel m = new CueModel(-1.23456, Map.of("lemma=grumble", 2.00004, "pos=VBD", 0.5, "rel=xcomp", 0.00001));
        String text = m.write(List.of("test"));
        assertEquals("# test\nbias\t-1.2346\nlemma=grumble\t2.0000\npos=VBD\t0.5000\n", text);
        CueModel back = CueModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, back.write(List.of("test")));
        double p = back.score(new ArrayList<>(List.of("lemma=grumble", "pos=VBD", "unknown")));
        assertEquals(1 / (1 + Math.exp(-(-1.2346 + 2.0 + 0.5))), p, 1e-12);
    }

    @Test
    void theShippedModelIsOnTheClassPath() {
        CueModel m = CueModel.shipped();
        assertTrue(m != null && !m.weights().isEmpty(), "cue-model.txt missing");
        assertTrue(m.weights().keySet().stream().noneMatch(k -> k.contains(" ")), "feature names only, no text");
    }

    @Test
    void aCandidateIsNoAuxiliary() {
        Map<String, List<String>> c = candidates("The company has warned that prices will rise again next spring.\n");
        assertFalse(c.containsKey("has"), c.keySet().toString());
        assertFalse(c.containsKey("will"), c.keySet().toString());
    }
}
