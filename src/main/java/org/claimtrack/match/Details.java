package org.claimtrack.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim text says that can be checked against another: its words, numbers (digits and
 * number words, "a dozen" = 12), negation, names (capitalised words, demonyms folded to the
 * country: "American" = "U.S." = "us") and dates (months, weekdays, years). Plain rules, no
 * parser, so it costs microseconds.
 */
public final class Details {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’][\\p{L}\\p{N}]+)*\\.?");

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or",
            "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "that", "this", "it", "its",
            "has", "have", "had", "will", "would", "said", "says", "say", "he", "she", "they", "we", "i", "his", "her",
            "their", "our", "which", "who", "but", "also", "s", "than", "about", "into", "after", "up", "out");
    private static final Set<String> NEGATION = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "cannot", "n't", "denied", "denies", "deny", "zero");
    private static final Set<String> ZERO = Set.of("no", "none", "nobody", "zero", "nothing");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
            "nov.", "dec.");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tomorrow");
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("dozen", 12.0),
            Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
            Map.entry("hundred", 100.0), Map.entry("thousand", 1000.0), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("half", 0.5));
    private static final Map<String, String> DEMONYMS = withCountries(Map.entry("american", "us"),
            Map.entry("americans", "us"), Map.entry("u.s.", "us"), Map.entry("u.s", "us"), Map.entry("usa", "us"),
            Map.entry("america", "us"), Map.entry("iranian", "iran"), Map.entry("iranians", "iran"),
            Map.entry("iraqi", "iraq"), Map.entry("iraqis", "iraq"), Map.entry("british", "uk"),
            Map.entry("britain", "uk"), Map.entry("u.k.", "uk"), Map.entry("israeli", "israel"),
            Map.entry("russian", "russia"), Map.entry("chinese", "china"), Map.entry("french", "france"),
            Map.entry("german", "germany"), Map.entry("syrian", "syria"), Map.entry("saudi", "saudi arabia"),
            Map.entry("european", "europe"), Map.entry("japanese", "japan"), Map.entry("indian", "india"),
            // capitals that news uses for their governments ("Tehran launched" = "Iran fired")
            Map.entry("washington", "us"), Map.entry("tehran", "iran"), Map.entry("baghdad", "iraq"),
            Map.entry("moscow", "russia"), Map.entry("beijing", "china"), Map.entry("damascus", "syria"),
            Map.entry("kabul", "afghanistan"), Map.entry("afghan", "afghanistan"), Map.entry("pakistani", "pakistan"),
            Map.entry("palestinian", "palestine"), Map.entry("palestinians", "palestine"), Map.entry("israelis", "israel"),
            Map.entry("canadian", "canada"), Map.entry("australian", "australia"), Map.entry("mexican", "mexico"),
            Map.entry("italian", "italy"), Map.entry("spanish", "spain"), Map.entry("egyptian", "egypt"),
            Map.entry("turkish", "turkey"), Map.entry("korean", "korea"), Map.entry("ukrainian", "ukraine"));
    private static final Set<String> NOT_NAMES = Set.of("mr.", "mrs.", "ms.", "dr.", "i", "but", "however", "in",
            "on", "at", "the", "a", "an", "and", "it", "he", "she", "they", "we", "this", "that", "there", "if",
            "when", "while", "after", "before", "as", "for", "of", "to", "by", "with", "his", "her", "their", "our");

    /** lower-cased tokens in order */
    public final List<String> tokens;
    /** tokens without stop words */
    public final Set<String> content;
    public final Set<String> bigrams;
    public final Set<Double> numbers;
    public final int negations;
    /** "no", "none", "nobody", "zero": a count of nothing ("no Americans were harmed") */
    public final boolean zero;
    public final Set<String> names;
    public final Set<String> dates;

    private Details(List<String> tokens, Set<String> content, Set<String> bigrams, Set<Double> numbers, int negations,
            boolean zero, Set<String> names, Set<String> dates) {
        this.zero = zero;
        this.tokens = tokens;
        this.content = content;
        this.bigrams = bigrams;
        this.numbers = numbers;
        this.negations = negations;
        this.names = names;
        this.dates = dates;
    }

    public static Details of(String text) {
        List<String> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace("n't", " n't").replace("n’t", " n't"));
        while (m.find()) {
            raw.add(m.group());
        }
        List<String> tokens = new ArrayList<>();
        Set<String> content = new HashSet<>();
        Set<Double> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> dates = new HashSet<>();
        int negations = 0;
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            String lw = w.toLowerCase(Locale.ROOT);
            String bare = lw.endsWith(".") && !DEMONYMS.containsKey(lw) && !MONTHS.contains(lw)
                    ? lw.substring(0, lw.length() - 1) : lw;
            tokens.add(bare);
            if (!STOP.contains(bare)) {
                content.add(contentWord(lw, bare));
            }
            if (NEGATION.contains(bare) || (raw.size() > 0 && "n't".equals(lw))) {
                negations++;
            }
            Double num = number(bare);
            if (num != null) {
                numbers.add(num);
            }
            if (MONTHS.contains(lw) || MONTHS.contains(bare) || WEEKDAYS.contains(bare)
                    || (bare.matches("(19|20)\\d\\d"))) {
                dates.add(bare.length() > 3 && MONTHS.contains(bare) ? bare.substring(0, 3) : bare);
            }
            String demonym = DEMONYMS.get(lw);
            if (demonym != null) {
                names.add(demonym);
            } else if (Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(lw) && !MONTHS.contains(bare)
                    && !WEEKDAYS.contains(bare) && i > 0 && !sentenceStart(raw.get(i - 1))) {
                names.add(bare);
            }
        }
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            bigrams.add(tokens.get(i) + " " + tokens.get(i + 1));
        }
        boolean zero = tokens.stream().anyMatch(ZERO::contains);
        return new Details(List.copyOf(tokens), content, bigrams, numbers, negations, zero, names, dates);
    }

    /** the countries themselves too, so one opening a sentence ("Iran fired...") still counts as a name */
    @SafeVarargs
    private static Map<String, String> withCountries(Map.Entry<String, String>... entries) {
        Map<String, String> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : entries) {
            // not "us" (the pronoun) nor "turkey" (the bird)
            if (e.getValue().indexOf(' ') < 0 && !e.getValue().equals("us") && !e.getValue().equals("turkey")) {
                m.putIfAbsent(e.getValue(), e.getValue());
            }
        }
        return Map.copyOf(m);
    }

    private static boolean sentenceStart(String previous) {
        return previous.endsWith(".") && !DEMONYMS.containsKey(previous.toLowerCase(Locale.ROOT));
    }

    private static Double number(String w) {
        if (w.matches("\\d+(?:[.,]\\d+)*")) {
            try {
                return Double.valueOf(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NUMBER_WORDS.get(w);
    }

    /** a content word as it is compared: demonyms folded ("Iraqi" = "Iraq"), numbers as numbers ("a dozen" = 12), else its stem */
    static String contentWord(String lower, String bare) {
        String demonym = DEMONYMS.get(lower);
        if (demonym != null) {
            return demonym;
        }
        Double n = number(bare);
        if (n != null) {
            return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString(n.longValue()) : n.toString();
        }
        return stem(bare);
    }

    /** a crude suffix stripper, so "missiles" meets "missile" and "killed" meets "kill" */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
