package org.claimtrack.extract.pipeline;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A definite description of a person ("the researcher", "the city attorney", "the pollster") names
 * the one person introduced earlier with a compatible role: the role words around each earlier
 * person name ("City Attorney Daniel Roe", "Dr. Samuel Okafor, the lead author,", "Her coach, Pieter
 * de Vries,", "Lee Miringoff, who directs the poll,"). When no earlier person or more than one fits,
 * nothing is resolved: the source stays unnamed rather than guessed.
 */
final class DescriptionCoreference {

    private DescriptionCoreference() {
    }

    /** Role words a description's head accepts besides itself. */
    private static final Map<String, Set<String>> COMPATIBLE = Map.ofEntries(
            Map.entry("attorney", Set.of("lawyer", "counsel", "solicitor", "barrister", "attorney")),
            Map.entry("lawyer", Set.of("attorney", "counsel", "solicitor", "barrister")),
            Map.entry("counsel", Set.of("attorney", "lawyer")),
            Map.entry("researcher", Set.of("author", "scientist", "professor", "study", "research", "researcher")),
            Map.entry("scientist", Set.of("researcher", "professor", "author")),
            Map.entry("author", Set.of("researcher", "writer", "study")),
            Map.entry("pollster", Set.of("poll", "polling", "survey")),
            Map.entry("coach", Set.of("manager", "trainer")),
            Map.entry("manager", Set.of("coach")),
            Map.entry("officer", Set.of("official")),
            Map.entry("doctor", Set.of("physician", "dr.", "dr", "surgeon")),
            Map.entry("physician", Set.of("doctor", "dr.", "dr")),
            Map.entry("prosecutor", Set.of("attorney")),
            Map.entry("executive", Set.of("ceo", "chief", "president", "officer")),
            Map.entry("lawmaker", Set.of("senator", "representative", "legislator", "congressman", "congresswoman", "mp")),
            Map.entry("legislator", Set.of("senator", "representative", "lawmaker")),
            Map.entry("economist", Set.of("economist")),
            Map.entry("professor", Set.of("professor", "researcher", "scientist")));

    /** Heads that are no person's role: things and bodies. */
    private static boolean notARole(String w) {
        return Lexicon.DOCUMENT_HEADS.contains(w) || SourceKinds.isDocumentHead(w) || Lexicon.MEDIA_HEADS.contains(w)
                || Lexicon.ORG_HEADS.contains(w) || Lexicon.STATEMENT_WORDS.contains(w)
                || Lexicon.GOV_HEADS.contains(w) && !w.equals("spokesman") && !w.equals("spokeswoman")
                && !w.equals("spokesperson") && !w.equals("prosecutor");
    }

    /**
     * The canonical name for the description l..r (head h) of sentence s, or null: only "the
     * [modifiers] ROLE" with a singular common-noun head, and exactly one earlier person whose role
     * words hold the head (or a compatible word); modifiers ("city", "defense") settle a tie.
     */
    static String resolve(ArticleDoc doc, ArticleDoc.Sent s, int l, int r, int h) {
        if (h < 0 || h >= s.size() || h < l || h > r || !s.word[l].equalsIgnoreCase("the") || !s.pos[h].equals("NN")) {
            return null;
        }
        for (int i = l + 1; i <= r; i++) {
            // a name is no description; "the former secretary and current nominee" is two
            if (s.pos[i].startsWith("NNP") || s.pos[i].equals("CC") || !s.ner[i].equals("O") && !s.ner[i].equals("MISC")) {
                return null;
            }
        }
        String head = s.lemma[h].toLowerCase(Locale.ROOT);
        if (notARole(head) || !personRole(head)) {
            return null;
        }
        Set<String> accepts = new HashSet<>(COMPATIBLE.getOrDefault(head, Set.of()));
        accepts.add(head);
        Set<String> modifiers = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (int i = l + 1; i < h; i++) {
            modifiers.add(s.lemma[i].toLowerCase(Locale.ROOT));
            if (Character.isUpperCase(s.word[i].charAt(0))) {
                named.add(s.lemma[i].toLowerCase(Locale.ROOT));   // "the Democratic nominee" is no Republican
            }
        }
        Set<String> fits = new LinkedHashSet<>();
        Set<String> fitsAll = new LinkedHashSet<>();
        int pos = s.tb[l];
        for (ArticleDoc.Sent p : doc.sentences) {
            if (p.start >= pos) {
                break;
            }
            if (p.size() > ParseStage.MAX_TAG_TOKENS) {
                continue;
            }
            for (int i = 0; i < p.size(); i++) {
                if (!p.ner[i].equals("PERSON") || i > 0 && p.ner[i - 1].equals("PERSON")) {
                    continue;
                }
                int j = i;
                while (j + 1 < p.size() && p.ner[j + 1].equals("PERSON")) {
                    j++;
                }
                if (p.te[j] > pos) {
                    continue;
                }
                Set<String> roles = roleWords(p, i, j);
                if (compatible(roles, accepts, head) && roles.containsAll(named)) {
                    String name = ResolveNamesStage.canonicalPerson(doc, ResolveNamesStage.stripTitles(doc.text(p.tb[i], p.te[j])));
                    fits.add(name);
                    if (roles.containsAll(modifiers)) {
                        fitsAll.add(name);
                    }
                }
            }
        }
        if (fits.size() == 1) {
            return fits.iterator().next();
        }
        return fitsAll.size() == 1 ? fitsAll.iterator().next() : null;
    }

    private static final Set<String> ROLES = Set.of("chief", "coach", "attorney", "counsel", "judge", "secretary",
            "nominee", "candidate", "official", "spokesman", "spokeswoman", "spokesperson", "chair", "chairman",
            "chairwoman", "ceo", "head", "boss", "mayor", "governor", "senator", "president", "minister", "doctor", "nurse",
            "author", "expert", "analyst", "economist", "scientist", "pollster", "researcher", "professor",
            "superintendent", "commissioner", "treasurer", "deputy", "aide", "consultant", "lawyer", "prosecutor",
            "sheriff", "captain", "player", "star", "veteran", "widow", "mother", "father", "son", "daughter", "wife",
            "husband", "owner", "founder", "executive", "physician", "surgeon", "detective", "officer", "lawmaker",
            "legislator", "activist", "historian", "priest", "pastor", "bishop", "rabbi", "imam", "teacher", "principal",
            "student", "ambassador", "envoy", "diplomat", "general", "commander", "colonel", "referee", "umpire", "striker",
            "goalkeeper", "midfielder", "defender", "forward", "manager", "director", "administrator", "inspector");

    /** A noun for a person's role ("the researcher", "the coach"), not for a thing ("the debate"). */
    static boolean personRole(String w) {
        return ROLES.contains(w) || w.endsWith("ist") || w.endsWith("ician") || w.endsWith("ologist")
                || w.length() > 5 && (w.endsWith("er") || w.endsWith("or")) && !w.endsWith("ster") || w.endsWith("pollster");
    }

    private static boolean compatible(Set<String> roles, Set<String> accepts, String head) {
        for (String w : roles) {
            if (accepts.contains(w)) {
                return true;
            }
            // "glaciologist Ingrid Sorensen" is the scientist / the researcher
            if ((head.equals("scientist") || head.equals("researcher") || head.equals("expert")) && w.endsWith("ologist")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lemmas of the words that describe the person at i..j: titles and nouns right before the name
     * ("City Attorney", "glaciologist"), an apposition before it ("The lead author, Dr. ..."), and an
     * apposition or relative clause after it (", the county's public health officer,").
     */
    static Set<String> roleWords(ArticleDoc.Sent p, int i, int j) {
        Set<String> out = new HashSet<>();
        int k = i - 1;
        while (k >= 0 && i - k <= 5 && (p.pos[k].startsWith("NN") || p.pos[k].startsWith("JJ") || p.pos[k].equals("POS"))
                && !p.ner[k].equals("PERSON")) {
            out.add(p.lemma[k].toLowerCase(Locale.ROOT));
            k--;
        }
        if (k >= 0 && p.word[k].equals(",")) {
            for (int m = k - 1; m >= 0 && k - m <= 8 && !p.word[m].equals(",") && !p.pos[m].startsWith("VB"); m--) {
                out.add(p.lemma[m].toLowerCase(Locale.ROOT));
            }
        }
        if (j + 1 < p.size() && p.word[j + 1].equals(",")) {
            // an apposition up to its comma, or a relative clause "who directs the poll"
            boolean who = j + 2 < p.size() && p.word[j + 2].equalsIgnoreCase("who");
            for (int m = j + 2; m < p.size() && m - j <= (who ? 9 : 10) && !p.word[m].equals(",") && !p.word[m].equals(".")
                    && (who || !p.pos[m].startsWith("VB")); m++) {
                out.add(p.lemma[m].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
