package org.claimtrack.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.extract.SourceType;

/**
 * How source mentions are cleaned and compared: the display name of a mention ("Iran's Foreign
 * Minister, Javad Zarif" → "Javad Zarif"), its match key (lower case, no accents, no "the", no
 * possessive, "U.S." = "us") and a small table of well-known bodies known under several names.
 */
public final class SourceNames {

    private SourceNames() {
    }

    /** A cleaned mention: what to call it, its match key, a handle if one was in the words, and a surname. */
    public record Parsed(String display, String key, String handle, String surname) {
    }

    private static final Pattern HANDLE = Pattern.compile("@([A-Za-z0-9_]{1,30})");
    private static final Pattern PAREN = Pattern.compile("\\([^)]*\\)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    /** Words that say what a person is, not who: dropped from the front of a person's name. */
    private static final Set<String> TITLES = Set.of("president", "vice", "former", "foreign", "minister", "secretary",
            "prime", "general", "gen", "major", "maj", "lt", "lieutenant", "colonel", "col", "commander", "mr", "mrs",
            "ms", "dr", "sen", "senator", "rep", "representative", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "chief", "supreme", "leader", "ayatollah", "king", "queen", "prince", "sheikh", "state",
            "defense", "defence", "interior", "us", "u.s", "u.s.", "uk", "the", "top", "senior", "envoy", "governor",
            "mayor", "judge", "justice", "speaker", "chairman", "chairwoman", "director", "deputy", "army", "military",
            "iranian", "iraqi", "american", "british", "israeli", "saudi", "indian", "head", "officer", "of");

    /** Pronouns are mentions, not names: they never make or join a source. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them", "we", "i",
            "you", "his", "its", "their");

    /**
     * Well-known bodies under several names: match key → canonical name. Keys are as {@link #key}
     * makes them ("U.S. Department of Defense" → "us department of defense").
     */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("pentagon", "Pentagon"),
            Map.entry("us department of defense", "Pentagon"),
            Map.entry("united states department of defense", "Pentagon"),
            Map.entry("department of defense", "Pentagon"),
            Map.entry("us defense department", "Pentagon"),
            Map.entry("defense department", "Pentagon"),
            Map.entry("dod", "Pentagon"),
            Map.entry("white house", "White House"),
            Map.entry("us state department", "U.S. State Department"),
            Map.entry("state department", "U.S. State Department"),
            Map.entry("us department of state", "U.S. State Department"),
            Map.entry("department of state", "U.S. State Department"),
            Map.entry("islamic revolutionary guard corps", "Islamic Revolutionary Guard Corps"),
            Map.entry("irgc", "Islamic Revolutionary Guard Corps"),
            Map.entry("revolutionary guards", "Islamic Revolutionary Guard Corps"),
            Map.entry("revolutionary guard", "Islamic Revolutionary Guard Corps"),
            Map.entry("revolutionary guard corps", "Islamic Revolutionary Guard Corps"),
            Map.entry("islamic revolutionary guards corps", "Islamic Revolutionary Guard Corps"),
            Map.entry("islamic revolutionary guard", "Islamic Revolutionary Guard Corps"),
            Map.entry("ministry of external affairs", "Ministry of External Affairs (India)"),
            Map.entry("mea", "Ministry of External Affairs (India)"),
            Map.entry("united nations", "United Nations"),
            Map.entry("un", "United Nations"),
            Map.entry("associated press", "Associated Press"),
            Map.entry("ap", "Associated Press"),
            Map.entry("agence france presse", "Agence France-Presse"),
            Map.entry("afp", "Agence France-Presse"),
            Map.entry("reuters", "Reuters"),
            Map.entry("kataib hizballah", "Kata'ib Hizballah"),
            Map.entry("kataib hezbollah", "Kata'ib Hizballah"),
            Map.entry("us central command", "U.S. Central Command"),
            Map.entry("centcom", "U.S. Central Command"));

    /** The match key: lower case, accents and punctuation gone, "the" and a possessive dropped, U.S. = us. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = s.replaceAll("\\bu\\.\\s?s\\.?(?=\\s|$)", "us").replaceAll("\\bu\\.\\s?k\\.?(?=\\s|$)", "uk");
        s = s.replaceAll("\\bunited states\\b", "us").replaceAll("\\bunited kingdom\\b", "uk");
        s = s.replaceAll("'s\\b", "").replaceAll("s'(?=\\s|$)", "s");
        s = s.replaceAll("[^\\p{L}\\p{N}@_]+", " ").strip().replaceAll("\\s+", " ");
        s = s.replaceFirst("^the ", "");
        // "us department of defense" must still reach the table, "united states department of defense" too
        return s.replace("united states", "us");
    }

    /** The canonical name of a well-known body, or null; "Iran's Revolutionary Guard" is the IRGC too. */
    public static String body(String key) {
        String b = BODIES.get(key);
        if (b == null) {
            String bare = OWNER.matcher(key).replaceFirst("");
            b = bare.equals(key) ? null : BODIES.get(bare);
        }
        return b;
    }

    /** A country before a body's name ("iran revolutionary guard", "iranian revolutionary guards"). */
    private static final Pattern OWNER = Pattern.compile("^(iran|iranian|us|american|iraq|iraqi|india|indian|uk|british) ");

    /** Words that never name a source: relative and demonstrative pronouns, generic document and people nouns. */
    private static final Set<String> NOT_NAMES = Set.of("who", "whom", "whose", "which", "that", "this", "these", "those",
            "statement", "report", "reports", "official", "officials", "source", "sources", "spokesman", "spokeswoman",
            "spokesperson", "person", "people", "someone", "one", "group", "it", "they", "he", "she");

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(who|whom|whose|which)\\b|,\\s*(who|which|that)\\b");

    /**
     * Whether words can stand as an alias of a source: a noun phrase that names it ("Iran's Foreign Minister,
     * Javad Zarif", "@JZarif", "the Pentagon"), never a pronoun, "who", "the statement", a bare role or a
     * phrase with a relative clause ("two officials who spoke on condition of anonymity").
     */
    public static boolean isAlias(String words) {
        if (words == null || words.isBlank() || words.length() > 120) {
            return false;
        }
        String w = words.strip();
        if (isPronoun(w) || RELATIVE.matcher(w).find() || w.split("\\s+").length > 10) {
            return false;
        }
        boolean named = false;
        for (String t : w.split("[\\s,]+")) {
            String bare = t.replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            String lower = bare.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            boolean capital = Character.isUpperCase(bare.codePointAt(0)) || t.startsWith("@");
            // a capitalised word names something unless it is a capitalised generic noun at the start
            if (capital && !NOT_NAMES.contains(lower) && !lower.equals("the") && !lower.equals("a")) {
                named = true;
            }
        }
        return named;
    }

    /** Whether one match key is the other's ending on whole words ("javad zarif" / "mohammad javad zarif"). */
    public static boolean oneEndsTheOther(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.contains(" ") && longer.endsWith(" " + shorter);
    }

    public static boolean isPronoun(String s) {
        return s != null && PRONOUNS.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    /** Cleans a mention's name (or words) for the given type; null when nothing name-like is left. */
    public static Parsed parse(String raw, SourceType type, String givenHandle) {
        if (raw == null || raw.isBlank() || isPronoun(raw)) {
            return givenHandle == null || givenHandle.isBlank() ? null
                    : new Parsed(handle(givenHandle), key(handle(givenHandle)), handle(givenHandle), null);
        }
        String handle = givenHandle == null || givenHandle.isBlank() ? null : handle(givenHandle);
        Matcher h = HANDLE.matcher(raw);
        if (handle == null && h.find()) {
            handle = handle(h.group());
        }
        String s = PAREN.matcher(raw).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^[\\p{Punct}\\s—–-]+|[\\p{Punct}\\s—–-]+$", "");
        if (type == SourceType.PERSON) {
            s = personName(s);
        } else {
            s = s.replaceFirst("(?i)^the\\s+", "");
            s = POSSESSIVE.matcher(s).replaceFirst("");
        }
        if (s.isBlank()) {
            return handle == null ? null : new Parsed(handle, key(handle), handle, null);
        }
        String key = key(s);
        if (key.isEmpty()) {
            return handle == null ? null : new Parsed(handle, key(handle), handle, null);
        }
        String body = type == SourceType.PERSON ? null : body(key);
        if (body != null) {
            s = body;
            key = key(body);
        }
        String surname = null;
        if (type == SourceType.PERSON) {
            String[] tokens = key.split(" ");
            surname = tokens[tokens.length - 1];
        }
        return new Parsed(s, key, handle, surname);
    }

    /**
     * A person's name out of an appositive phrase: the first comma-separated part that, once titles
     * and possessive country names are dropped from its front, is a run of capitalised words.
     */
    static String personName(String s) {
        String best = null;
        for (String part : s.split("\\s*,\\s*")) {
            String name = stripTitles(part);
            if (name == null) {
                continue;
            }
            if (isCapitalisedName(name)) {
                return name;
            }
            if (best == null && !name.isBlank()) {
                best = name;
            }
        }
        return best == null ? "" : best;
    }

    private static String stripTitles(String part) {
        List<String> tokens = new ArrayList<>(List.of(part.strip().split("\\s+")));
        boolean sawOf = false;
        while (tokens.size() > 1 || (tokens.size() == 1 && TITLES.contains(tokens.get(0).toLowerCase(Locale.ROOT)))) {
            String t = tokens.get(0);
            String lower = t.toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
            // "Iran's Foreign Minister": a possessive before more words belongs to the title
            boolean possessive = t.matches(".+['’]s") && tokens.size() > 1;
            if (TITLES.contains(lower) || possessive || (!t.isEmpty() && Character.isLowerCase(t.charAt(0)))) {
                sawOf |= lower.equals("of");
                tokens.remove(0);
            } else {
                break;
            }
        }
        if (sawOf) {
            // "The Foreign Minister of Iran": what is left names the office's country, not the person
            return null;
        }
        String name = String.join(" ", tokens);
        return POSSESSIVE.matcher(name).replaceFirst("").strip();
    }

    private static boolean isCapitalisedName(String s) {
        if (s.isBlank()) {
            return false;
        }
        String[] tokens = s.split("\\s+");
        if (tokens.length > 5) {
            return false;
        }
        for (String t : tokens) {
            if (!Character.isUpperCase(t.codePointAt(0)) && !t.matches("(al|bin|ibn|van|von|de|la|du)-?.*")) {
                return false;
            }
        }
        return true;
    }

    /** A handle as stored: lower case with its "@". */
    public static String handle(String h) {
        String s = h.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("@") ? s : "@" + s;
    }

    /** The family of types one body can appear as (the extractor may call the Pentagon either). */
    public static Set<SourceType> family(SourceType type) {
        return type == SourceType.PERSON ? Set.of(SourceType.PERSON)
                : Set.of(SourceType.GOVERNMENT, SourceType.ORGANIZATION, SourceType.MEDIA);
    }
}
