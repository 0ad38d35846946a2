package org.claimtrack.extract.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrack.extract.SourceType;
import org.claimtrack.extract.pipeline.patterns.Sources;

/**
 * Gives each source a canonical name and a type within the article: pronouns and bare titles ("he",
 * "the Minister") go to the most recent person in subject position, surnames and titled surnames
 * ("Zarif", "Secretary Pompeo") to the longest full name seen, relative pronouns to their noun, "it"
 * to the last institution, "the statement" to whoever released the statement, handles to the name in
 * the tweet signature. Runs before Classify because the kind depends on the resolved type.
 */
public final class ResolveNamesStage implements Stage {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "we", "you");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "they", "its", "their", "them");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    /** Words of {@link Lexicon#TITLES} that only qualify a title ("U.S. Secretary"): not a title alone. */
    static final Set<String> TITLE_MODIFIERS = Set.of("the", "us", "u.s.", "iran's", "iranian", "american", "british",
            "former", "acting", "senior", "top", "deputy", "vice", "foreign", "state", "defense", "defence", "prime", "supreme");

    static final Set<String> DETS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her");

    @Override
    public void apply(ArticleDoc doc) {
        Map<String, String> handles = new HashMap<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (!c.attributed() || !c.hasSource()) {
                continue;
            }
            try {
                resolve(doc, c);
            } catch (RuntimeException e) {
                c.name = doc.text(c.srcStart, c.srcEnd);
                c.sourceType = SourceType.UNNAMED;
            }
            if (c.handle != null && c.name != null) {
                handles.putIfAbsent(c.name, c.handle);
            }
        }
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.attributed() && c.hasSource() && c.handle == null && c.name != null) {
                c.handle = handles.get(c.name);
            }
        }
    }

    private void resolve(ArticleDoc doc, ArticleDoc.Claim c) {
        String text = doc.text(c.srcStart, c.srcEnd).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (c.sent == null) {
            // tweet signature: a person unless the name is an outlet
            c.name = canonicalPerson(doc, stripTitles(text));
            c.sourceType = isMedia(lower) ? SourceType.MEDIA : SourceType.PERSON;
            if (c.sourceType == SourceType.MEDIA) {
                c.name = text;
            }
            return;
        }
        ArticleDoc.Sent s = c.sent;
        if (text.startsWith("@")) {
            for (ArticleDoc.Tweet tw : doc.tweets) {
                if (tw.handle.equalsIgnoreCase(text)) {
                    c.name = canonicalPerson(doc, stripTitles(doc.text(tw.nameStart, tw.nameEnd)));
                    c.sourceType = SourceType.PERSON;
                    c.handle = tw.handle;
                    return;
                }
            }
        }
        if (RELATIVE.contains(lower) && s.parsed() && c.srcHead >= 0) {
            // "X, who said ...": the relative clause hangs on X
            int verb = s.head[c.srcHead];
            int noun = verb >= 0 ? s.head[verb] : -1;
            if (noun >= 0 && !s.pos[noun].startsWith("VB")) {
                int[] lr = Sources.sourceRange(s, noun);
                resolveRange(doc, c, s, lr[0], lr[1], noun);
                return;
            }
        }
        if (PERSON_PRONOUNS.contains(lower) || isTitleOnly(lower)) {
            String p = PERSON_PRONOUNS.contains(lower) ? lastPerson(doc, c.srcStart) : Antecedents.titled(doc, c.srcStart, lower);
            c.name = p != null ? p : text;
            c.sourceType = SourceType.PERSON;
            return;
        }
        if (THING_PRONOUNS.contains(lower) || RELATIVE.contains(lower)) {
            ArticleDoc.Claim prev = lastInstitution(doc, c, !Set.of("they", "their", "them").contains(lower));
            if (prev != null) {
                c.name = prev.name;
                c.sourceType = prev.sourceType;
                c.channel = c.channel == null ? prev.channel : c.channel;
            } else {
                c.name = text;
                c.sourceType = SourceType.UNNAMED;
            }
            return;
        }
        int l = s.tokenAt(c.srcStart);
        int r = s.tokenAt(c.srcEnd - 1);
        if (l < 0 || r < 0) {
            c.name = text;
            c.sourceType = SourceType.UNNAMED;
            return;
        }
        resolveRange(doc, c, s, l, r, c.srcHead);
    }

    private void resolveRange(ArticleDoc doc, ArticleDoc.Claim c, ArticleDoc.Sent s, int l, int r, int head) {
        String text = doc.text(s.tb[l], s.te[r]);
        String lower = text.toLowerCase(Locale.ROOT);
        String headLemma = head >= 0 && head < s.size() ? s.lemma[head] : "";
        String headWord = head >= 0 && head < s.size() ? s.word[head].toLowerCase(Locale.ROOT) : "";
        // a person named inside the phrase wins: "Iran's foreign minister, Javad Zarif"
        String person = longestNer(s, l, r, "PERSON");
        if (person != null && !Lexicon.ANON_HEADS.contains(headWord) && !SourceKinds.bodyOfPerson(s, head)) {
            c.name = canonicalPerson(doc, person);
            c.sourceType = SourceType.PERSON;
            return;
        }
        // "a report by the International Crisis Group": the document's author is the source
        int author = Antecedents.documentAuthor(s, head, l, r);
        if (author >= 0) {
            int[] ar = Sources.sourceRange(s, author);
            resolveRange(doc, c, s, Math.max(ar[0], l), Math.min(ar[1], r), author);
            return;
        }
        if ((headLemma.equals("statement") || headLemma.equals("tweet") || headLemma.equals("release"))
                && !c.statementNoun) {
            ArticleDoc.Claim prev = lastStatement(doc, c);
            if (prev != null) {
                c.name = prev.name;
                c.sourceType = prev.sourceType;
                c.channel = prev.channel != null ? prev.channel : c.channel;
                c.statementNoun = true;
                return;
            }
        }
        if (SourceKinds.classify(doc, c, s, l, r, head, stripDeterminers(text))) {
            return;
        }
        if (isTitleOnly(lower)) {
            String p = Antecedents.titled(doc, s.tb[l], lower);
            if (p != null) {
                c.name = p;
                c.sourceType = SourceType.PERSON;
                return;
            }
        }
        String name = stripDeterminers(text);
        boolean hasOrg = longestNer(s, l, r, "ORGANIZATION") != null;
        if (Lexicon.ANON_HEADS.contains(headWord) || Lexicon.ANON_HEADS.contains(headLemma)) {
            if (person == null) {
                c.name = name;
                c.sourceType = SourceType.UNNAMED;
                return;
            }
        }
        if (isMedia(lower) || SourceKinds.mediaHead(headWord, lower)) {
            c.name = name;
            c.sourceType = SourceType.MEDIA;
            return;
        }
        if (Lexicon.GOV_HEADS.contains(headWord) || Lexicon.GOV_HEADS.contains(headLemma) || headLemma.equals("country")
                || headLemma.equals("nation") || headLemma.equals("ministry")
                || (head >= 0 && s.ner[head].equals("LOCATION"))) {
            String loc = head >= 0 && s.ner[head].equals("LOCATION") ? longestNer(s, l, r, "LOCATION") : null;
            c.name = loc != null && !hasOrg ? loc : stripParen(name);
            c.sourceType = SourceType.GOVERNMENT;
            return;
        }
        if (hasOrg || Lexicon.ORG_HEADS.contains(headWord)) {
            c.name = stripParen(name);
            c.sourceType = govWords(lower) ? SourceType.GOVERNMENT : SourceType.ORGANIZATION;
            return;
        }
        if (Lexicon.DOCUMENT_HEADS.contains(headWord)) {
            c.name = name;
            c.sourceType = SourceType.ORGANIZATION;
            return;
        }
        if (Antecedents.identifiedOfficial(s, l, head)) {
            c.name = name; // "Iran's civil aviation chief": one known office holder, not an anonymous source
            c.sourceType = SourceType.PERSON;
            return;
        }
        if (head >= 0 && s.pos[head].startsWith("NNP")) {
            c.name = canonicalPerson(doc, stripTitles(text));
            c.sourceType = SourceType.PERSON;
            return;
        }
        c.name = name;
        c.sourceType = SourceType.UNNAMED;
    }

    static boolean isMedia(String lower) {
        for (String w : lower.split("[^\\p{L}\\p{N}.]+")) {
            if (w.equals("reports") || w.equals("media") || w.equals("news") || w.equals("press") || w.equals("newspaper")
                    || w.equals("reuters") || w.equals("sputnik") || w.equals("bbc") || w.equals("cnn") || w.equals("afp")
                    || w.equals("times") || w.equals("tv") || w.equals("television") || w.equals("agencies") && lower.contains("news")
                    || w.equals("journal") || w.equals("gazette") || w.equals("tribune") || w.equals("herald")
                    || w.equals("outlets") || w.equals("outlet") || w.equals("broadcaster") || w.equals("xinhua")
                    || w.equals("irna") || w.equals("tasnim") || w.equals("bloomberg") || w.equals("politico")
                    || w.equals("icir") || w.equals("reporters") || w.equals("journalists")) {
                return true;
            }
        }
        return false;
    }

    private static boolean govWords(String lower) {
        for (String w : lower.split("[^\\p{L}]+")) {
            if (Set.of("ministry", "department", "pentagon", "government", "military", "army", "command", "embassy",
                    "authorities", "administration", "police", "irgc").contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTitleOnly(String lower) {
        String[] ws = lower.split("\\s+");
        boolean any = false;
        for (String w : ws) {
            if (DETS.contains(w)) {
                continue;
            }
            if (!Lexicon.TITLES.contains(w)) {
                return false;
            }
            // a country or its adjective alone ("the U.S.") is a government, never a person named earlier
            any |= !TITLE_MODIFIERS.contains(w);
        }
        return any && ws.length <= 4;
    }

    private static String longestNer(ArticleDoc.Sent s, int l, int r, String tag) {
        String best = null;
        int i = l;
        while (i <= r) {
            if (!s.ner[i].equals(tag)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 <= r && s.ner[j + 1].equals(tag)) {
                j++;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i; k <= j; k++) {
                if (k > i) {
                    sb.append(' ');
                }
                sb.append(s.word[k]);
            }
            String m = sb.toString();
            if (best == null || m.length() > best.length()) {
                best = m;
            }
            i = j + 1;
        }
        return best;
    }

    /** "Secretary Pompeo" -> "Pompeo"; "Mr. Trump's" -> "Trump". */
    static String stripTitles(String text) {
        String[] ws = text.strip().split("\\s+");
        int i = 0;
        while (i < ws.length - 1 && (Lexicon.TITLES.contains(ws[i].toLowerCase(Locale.ROOT)) || DETS.contains(ws[i].toLowerCase(Locale.ROOT)))) {
            i++;
        }
        String out = String.join(" ", java.util.Arrays.copyOfRange(ws, i, ws.length));
        if (out.endsWith("'s") || out.endsWith("’s")) {
            out = out.substring(0, out.length() - 2);
        }
        return out;
    }

    private static String stripDeterminers(String text) {
        String[] ws = text.strip().split("\\s+");
        int i = 0;
        while (i < ws.length - 1 && DETS.contains(ws[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(ws, i, ws.length));
    }

    private static String stripParen(String text) {
        int comma = text.indexOf(',');
        String t = (comma > 0 ? text.substring(0, comma) : text).replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        return t.isEmpty() ? text : t;
    }

    /** The longest person name in the article that ends with the given surname (or equals it). */
    static String canonicalPerson(ArticleDoc doc, String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return name;
        }
        String[] parts = n.split("\\s+");
        String last = parts[parts.length - 1];
        String best = n;
        for (ArticleDoc.Mention m : doc.mentions) {
            if (!m.ner.equals("PERSON")) {
                continue;
            }
            String mt = stripTitles(m.text);
            String[] mp = mt.split("\\s+");
            if (mp[mp.length - 1].equalsIgnoreCase(last) && mt.length() > best.length()
                    && (parts.length == 1 || mt.toLowerCase(Locale.ROOT).contains(parts[0].toLowerCase(Locale.ROOT))
                    || Lexicon.TITLES.contains(parts[0].toLowerCase(Locale.ROOT)))) {
                best = mt;
            }
        }
        return best;
    }

    /** The most recent person before pos: persons in subject position and earlier speakers first. */
    static String lastPerson(ArticleDoc doc, int pos) {
        List<Antecedents.Candidate> persons = Antecedents.persons(doc, pos);
        return persons.isEmpty() ? null : persons.get(0).name();
    }

    static boolean inSubject(ArticleDoc.Sent s, int t) {
        int n = t;
        int guard = 0;
        while (n >= 0 && guard++ < 100) {
            if (s.rel[n].startsWith("nsubj")) {
                return true;
            }
            if (s.rel[n].startsWith("obl") || s.rel[n].equals("obj") || s.rel[n].startsWith("nmod")) {
                return false;
            }
            n = s.head[n];
        }
        return false;
    }

    /** The last institution before me; with plural false ("they", "their"), no single document ("the report"). */
    private static ArticleDoc.Claim lastInstitution(ArticleDoc doc, ArticleDoc.Claim me, boolean singular) {
        ArticleDoc.Claim best = null;
        for (ArticleDoc.Claim c : doc.claims) {
            if (c == me || !c.hasSource() || c.srcEnd > me.srcStart || c.name == null
                    || !singular && c.channel == org.claimtrack.extract.Kind.DOCUMENT) {
                continue;
            }
            if (c.sourceType == SourceType.GOVERNMENT || c.sourceType == SourceType.ORGANIZATION || c.sourceType == SourceType.MEDIA) {
                if (best == null || c.srcEnd > best.srcEnd) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static ArticleDoc.Claim lastStatement(ArticleDoc doc, ArticleDoc.Claim me) {
        ArticleDoc.Claim best = null;
        for (ArticleDoc.Claim c : doc.claims) {
            if (c == me || !c.hasSource() || c.srcEnd > me.srcStart || c.name == null || !c.statementNoun) {
                continue;
            }
            if (best == null || c.srcEnd > best.srcEnd) {
                best = c;
            }
        }
        return best;
    }

    static List<String> unused() {
        return List.of();
    }
}
