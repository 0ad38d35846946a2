package org.claimtrack.extract.pipeline.patterns;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimtrack.extract.pipeline.FindCuesStage;

/** Word lists the patterns decide on (beside {@link org.claimtrack.extract.pipeline.Lexicon}). */
public final class CueWords {

    /** Verbs of plain saying whose complement the parser sometimes hangs elsewhere. */
    public static final Set<String> SAY_LIKE = Set.of("say", "tell", "add", "claim", "argue", "insist", "note", "write",
            "warn", "state", "assert", "explain", "contend", "maintain", "declare", "announce", "predict", "acknowledge", "admit",
            "ask", "reply", "respond", "answer", "recall", "joke", "quip", "observe", "remark", "wonder", "concede", "counter", "complain");

    /** Verbs whose object is the hearer ("told reporters"), not what was said. */
    static final Set<String> HEARER_VERBS = Set.of("tell", "ask", "email", "inform", "remind", "assure", "brief", "say",
            "add", "write", "note", "claim", "argue", "insist", "explain", "warn");

    static final Set<String> EMPTY_WORDS = Set.of("what", "this", "that", "it", "things", "so", "something", "anything",
            "everything", "nothing", "much", "more", "yes", "no", "is", "was");

    /** The weak stance verbs and the others found rarely annotated inside another speaker's claim. */
    public static final Set<String> NESTED_STANCE = Stream.concat(FindCuesStage.WEAK_LEMMAS.stream(),
            Stream.of("support", "see", "show", "read", "expect", "seek", "find", "welcome", "refuse", "encourage",
                    "respond", "question", "pledge", "oppose", "consider", "endorse", "ask", "tweet", "announce", "hope", "fear",
                    "propose", "agree")).collect(Collectors.toUnmodifiableSet());

    /** Verbs that introduce no quotation of their own ("is", "has", "does"). */
    static final Set<String> NO_QUOTE_VERBS = Set.of("be", "have", "do");

    static final Set<String> CIRCUMSTANCE_MARKS = Set.of("as", "because", "while", "after", "before", "since",
            "although", "though", "until", "whereas");

    /** Passive cues that name or charge someone ("has been called", "was accused of"); the rest must be verbs of saying. */
    static final Set<String> PASSIVE_CUES = Set.of("call", "dub", "label", "brand", "consider", "accuse", "charge", "describe");

    static final Set<String> LEADING_ADVERBS = Set.of("even", "virtually", "only", "also", "both", "just");

    static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private CueWords() {
    }
}
