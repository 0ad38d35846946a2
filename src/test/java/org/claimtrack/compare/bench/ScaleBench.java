package org.claimtrack.compare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.claimtrack.compare.ClusterService;
import org.claimtrack.compare.NewestFirst;
import org.claimtrack.compare.ProfileService;
import org.claimtrack.compare.SearchService;
import org.claimtrack.review.ClaimFilter;
import org.claimtrack.sources.SourceService;

/**
 * Builds a synthetic corpus (default 100,000 articles, about 3,000,000 claims) in an embedded
 * PostgreSQL under target/scale-pg with set-based SQL, then times the statements of the source
 * page, a group page, the profile page and search, and prints p50/p99. Run (docs/compare.md):
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   "-Dexec.args=-Xmx2g -cp %classpath org.claimtrack.compare.bench.ScaleBench 100000"
 * </pre>
 *
 * Arguments: number of articles (default 100000), then "reuse" to time an existing database again,
 * then "hold" to keep it running for psql instead of timing.
 */
public final class ScaleBench {

    static final int OUTLETS = 24;
    static final int PERSONS = 12000;
    static final int BODIES = 8000;
    static final int STORIES = 30000;
    static final int RUNS = 200;
    /** claimtrack.compare.group-window-days and topic-articles (their defaults). */
    static final int GROUP_WINDOW_DAYS = 31;
    static final int TOPIC_ARTICLES = 500;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean reuse = args.length > 1 && args[1].equals("reuse");
        boolean hold = args.length > 2 && args[2].equals("hold");
        boolean groupingOnly = args.length > 2 && args[2].equals("grouping");
        try (BenchDb db = BenchDb.start("scale-pg", !reuse); Connection c = db.connect()) {
            if (!reuse) {
                generate(c, articles);
            }
            if (hold) {
                // "reuse hold": keep the database up for psql (EXPLAIN) until this process is stopped
                System.out.printf("psql -h localhost -p %d -U postgres   (stop with Ctrl-C)%n", db.pg.getPort());
                Thread.sleep(Long.MAX_VALUE);
            }
            if (groupingOnly) {
                Map<String, Case> cases = new LinkedHashMap<>();
                grouping(c, cases);
                time(c, cases, 7);
                GroupingBench.report();
                if (args.length > 3) {
                    groupingBefore(c, Integer.parseInt(args[3]));
                }
            } else {
                bench(c);
            }
        }
    }

    // ---------------------------------------------------------------- generation

    private static final String[] FIRST = {"Amir", "Sara", "John", "Maria", "Ahmed", "Li", "Olga", "Pedro", "Fatima",
        "David", "Yuki", "Kofi", "Anna", "Omar", "Elena", "Raj", "Chen", "Laura", "Ivan", "Noura", "Tom", "Aisha",
        "Carlos", "Mei", "Hassan", "Ingrid", "Samuel", "Leila", "Marco", "Zainab", "Peter", "Rosa", "Jamal", "Ewa",
        "Diego", "Hana", "Mark", "Amina", "Felix", "Nadia", "Paul", "Sofia", "Karim", "Julia", "Viktor", "Grace",
        "Tariq", "Lucia", "Ben", "Mariam"};
    private static final String[] LAST = buildLast();
    private static final String[] BODY_HEAD = {"Ministry of Defence", "Ministry of Health", "Interior Ministry",
        "Central Bank", "Electoral Commission", "Police", "Army", "Foreign Ministry", "Red Crescent", "Chamber of Commerce",
        "Supreme Court", "Energy Agency", "Port Authority", "Teachers Union", "Football Federation", "Press Agency",
        "Broadcasting Corporation", "Daily Herald", "Statistics Office", "Water Board"};
    private static final String[] PLACES = ("Baghdad Basra Mosul Erbil Kirkuk Tehran Isfahan Tabriz Damascus Aleppo Beirut "
            + "Amman Riyadh Jeddah Doha Dubai Muscat Sanaa Aden Cairo Alexandria Khartoum Tripoli Tunis Algiers Rabat Ankara "
            + "Istanbul Izmir Kabul Kandahar Karachi Lahore Delhi Mumbai Dhaka Colombo Kathmandu Tashkent Baku Tbilisi Yerevan "
            + "Kyiv Odesa Warsaw Prague Vienna Berlin Hamburg Paris Lyon Madrid Lisbon Rome Milan Athens Sofia Belgrade Zagreb "
            + "Budapest Bucharest Oslo Stockholm Helsinki Dublin London Glasgow Lagos Abuja Nairobi Addis Kampala Accra Dakar "
            + "Luanda Harare Durban Manila Jakarta Hanoi Bangkok Seoul Osaka Lima Bogota Quito Caracas Santiago").split(" ");
    private static final String[] SUBJECTS = {"the government", "the opposition", "the central bank", "the army",
        "the ministry", "the city council", "protesters", "the company", "the union", "militia groups", "the coalition",
        "aid agencies", "the court", "the regulator", "local officials", "the police", "the electoral commission",
        "rebel forces", "the health service", "investors", "farmers", "the navy", "the airline", "the university"};
    private static final String[] VERBS = {"approved", "rejected", "announced", "postponed", "suspended", "expanded",
        "cancelled", "launched", "blocked", "funded", "investigated", "criticised", "defended", "reviewed", "signed",
        "delayed", "doubled", "halved", "closed", "reopened"};
    private static final String[] OBJECTS = {"a new budget", "the fuel subsidy", "the peace talks", "a curfew",
        "the vaccination campaign", "a trade agreement", "the election timetable", "the bridge project", "a tax increase",
        "the prisoner exchange", "the grain exports", "a ceasefire", "the pension reform", "the port expansion",
        "the school programme", "the water pipeline", "an arms deal", "the power plant", "the border crossing",
        "the housing plan", "the rail link", "the mining licence", "the broadcast ban", "the fishing quota"};
    private static final String[] NOUNS = {"inflation", "unemployment", "wheat price", "fuel price", "crime rate",
        "turnout", "rainfall", "export volume", "hospital capacity", "school enrolment", "rent", "deficit",
        "currency", "traffic", "air pollution", "tourist number"};
    private static final String[] EVENTS = {"storm", "strike", "election", "summit", "earthquake", "explosion",
        "protest", "flood", "attack", "fire", "drought", "blackout"};
    private static final String[] PEOPLE = {"people", "soldiers", "civilians", "workers", "students", "children",
        "police officers", "passengers", "miners", "fishermen"};
    private static final String[] PASSIVE = {"killed", "injured", "arrested", "evacuated", "displaced", "rescued",
        "detained", "released", "hospitalised", "relocated"};
    private static final String[] PERIODS = {"month", "quarter", "year", "week", "season"};
    private static final String[] CUES_NAMED = {"said", "told reporters", "stated", "claimed", "insisted", "added",
        "argued", "warned"};
    private static final String[] CUES_MEDIA = {"reported", "have reported", "suggest", "say", "stated", "cited sources as saying"};
    private static final String[] MEDIA_WORDS = {"Media reports", "News agencies", "International news agencies",
        "Reports", "Local media", "State television", "Several outlets"};
    private static final String[] ANON_WORDS = {"Officials", "Sources", "Two officials", "A senior official",
        "Diplomatic sources", "Intelligence sources", "People familiar with the matter"};
    private static final String[] DOC_WORDS = {"A new report", "The annual survey", "A leaked memo", "The court filing",
        "A new poll", "The audit"};
    private static final String[] HEDGES = {"reportedly", "may", "possibly", "suggest", "it is not clear", "allegedly",
        "could", "appears"};
    private static final String[] OUTLET_NAMES = {"Daily Courier", "Morning Star Times", "The Gulf Observer",
        "Capital Herald", "Evening Post", "Region Today", "The Chronicle", "World Desk", "Metro News", "The Sentinel",
        "Frontline Weekly", "Harbour Gazette", "National Tribune", "City Wire", "The Ledger", "Border Report",
        "Union Journal", "The Dispatch", "Coastal Times", "Highland News", "The Examiner", "Signal Daily",
        "The Record", "Eastern Mirror"};

    private static String[] buildLast() {
        String[] stems = {"Karimi", "Hassan", "Novak", "Silva", "Okafor", "Kowalski", "Haddad", "Moreau", "Rossi",
            "Tanaka", "Mensah", "Petrov", "Nasser", "Garcia", "Andersen", "Rahman", "Yilmaz", "Costa", "Ibrahim",
            "Schmidt", "Dubois", "Kim", "Singh", "Abbasi", "Lopez", "Nowak", "Farah", "Bakr", "Hoffmann", "Sato"};
        String[] suffix = {"", "i", "ov", "ian", "ani", "ski", "son", "ez"};
        List<String> out = new ArrayList<>();
        for (String s : suffix) {
            for (String t : stems) {
                out.add(t + s);
            }
        }
        return out.toArray(String[]::new);
    }

    private static String arr(String[] words) {
        StringBuilder s = new StringBuilder("array[");
        for (int i = 0; i < words.length; i++) {
            s.append(i == 0 ? "" : ",").append('\'').append(words[i].replace("'", "''")).append('\'');
        }
        return s.append("]::text[]").toString();
    }

    static void exec(Connection c, String label, String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        System.out.printf(Locale.ROOT, "  %-44s %8.1f s%n", label, (System.nanoTime() - t) / 1e9);
    }

    static void generate(Connection c, int articles) throws SQLException {
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generating %,d articles%n", articles);
        exec(c, "bench session settings", "set session_replication_role = replica; select setseed(0.42)");
        // secondary indexes are built after the load: much faster than maintaining them row by row
        List<String> indexes = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("""
                select indexname, indexdef from pg_indexes
                where schemaname = 'public' and tablename in ('claim', 'article')
                  and indexdef not like 'CREATE UNIQUE%'""")) {
            while (r.next()) {
                indexes.add(r.getString(2));
                c.createStatement().execute("drop index " + r.getString(1));
            }
        }
        exec(c, "outlets", "insert into outlet (id, name) select i, (" + arr(OUTLET_NAMES)
                + ")[i] from generate_series(1, " + OUTLETS + ") i");
        exec(c, "sources (" + (PERSONS + BODIES) + ")", """
                insert into source (id, name, type, keys, surname, handles)
                select i, n, t, array[lower(n)], s, case when i %% 7 = 0 then array['@' || lower(replace(n, ' ', ''))] else '{}' end
                from (
                  select i,
                         case when i <= %d then (%s)[1 + i %% %d] || ' ' || (%s)[1 + (i / %d) %% %d]
                              else (%s)[1 + i %% %d] || ' of ' || (%s)[1 + (i / %d) %% %d] end n,
                         case when i <= %d then 'PERSON' when i %% 3 = 0 then 'ORGANIZATION' else 'GOVERNMENT' end t,
                         case when i <= %d then lower((%s)[1 + (i / %d) %% %d]) end s
                  from generate_series(1, %d) i) x""".formatted(
                PERSONS, arr(FIRST), FIRST.length, arr(LAST), FIRST.length, LAST.length,
                arr(BODY_HEAD), BODY_HEAD.length, arr(PLACES), BODY_HEAD.length, PLACES.length,
                PERSONS, PERSONS, arr(LAST), FIRST.length, LAST.length, PERSONS + BODIES));
        // one row a claim: its content (from templates, or a shared "story" sentence that several
        // outlets carry with their own attribution), kind, source and the words that attribute it
        exec(c, "claims drafted (unlogged)", """
                create unlogged table gen as
                select a, j, outlet, story, kind, source_id,
                       case kind when 'UNATTRIBUTED' then null
                                 when 'NAMED_SOURCE' then sname when 'OFFICIAL_STATEMENT' then sname
                                 when 'TWEET' then sname
                                 when 'MEDIA_REPORT' then (%1$s)[1 + floor(random() * %2$d)::int]
                                 when 'ANONYMOUS_SOURCE' then (%3$s)[1 + floor(random() * %4$d)::int]
                                 else (%5$s)[1 + floor(random() * %6$d)::int] end source_text,
                       case kind when 'UNATTRIBUTED' then null
                                 when 'MEDIA_REPORT' then (%7$s)[1 + floor(random() * %8$d)::int]
                                 when 'TWEET' then 'wrote on X that'
                                 else (%9$s)[1 + floor(random() * %10$d)::int] end cue_text,
                       case when random() < 0.22 then array[(%11$s)[1 + floor(random() * %12$d)::int]] else '{}'::text[] end hedges,
                       content
                from (
                  select a, j, outlet, story, kind,
                         case when kind in ('NAMED_SOURCE', 'OFFICIAL_STATEMENT', 'TWEET') then sid end source_id,
                         s.name sname,
                         case when story is not null then
                                (%13$s)[1 + story %% %14$d] || ' ' || (%15$s)[1 + (story / 7) %% %16$d] || ' '
                                || (%17$s)[1 + (story / 3) %% %18$d] || ' in ' || (%19$s)[1 + (story / 11) %% %20$d]
                                || ' after talks on day ' || story
                              else case floor(random() * 6)::int
                                when 0 then (%13$s)[1 + floor(random() * %14$d)::int] || ' ' || (%15$s)[1 + floor(random() * %16$d)::int]
                                     || ' ' || (%17$s)[1 + floor(random() * %18$d)::int] || ' in ' || (%19$s)[1 + floor(random() * %20$d)::int]
                                when 1 then 'the ' || (%21$s)[1 + floor(random() * %22$d)::int] || ' in ' || (%19$s)[1 + floor(random() * %20$d)::int]
                                     || ' rose by ' || (1 + floor(random() * 40)) || ' percent this ' || (%23$s)[1 + floor(random() * %24$d)::int]
                                when 2 then (2 + floor(random() * 200)) || ' ' || (%25$s)[1 + floor(random() * %26$d)::int] || ' were '
                                     || (%27$s)[1 + floor(random() * %28$d)::int] || ' in ' || (%19$s)[1 + floor(random() * %20$d)::int]
                                     || ' after the ' || (%29$s)[1 + floor(random() * %30$d)::int]
                                when 3 then (%13$s)[1 + floor(random() * %14$d)::int] || ' will review ' || (%17$s)[1 + floor(random() * %18$d)::int]
                                     || ' before the ' || (%29$s)[1 + floor(random() * %30$d)::int] || ' season'
                                when 4 then 'the ' || (%21$s)[1 + floor(random() * %22$d)::int] || ' of ' || (%19$s)[1 + floor(random() * %20$d)::int]
                                     || ' is lower than last ' || (%23$s)[1 + floor(random() * %24$d)::int]
                                else (%13$s)[1 + floor(random() * %14$d)::int] || ' denied that ' || (%17$s)[1 + floor(random() * %18$d)::int]
                                     || ' had been ' || (%15$s)[1 + floor(random() * %16$d)::int] || ' in ' || (%19$s)[1 + floor(random() * %20$d)::int]
                              end end content
                  from (
                    select a, j, outlet,
                           case when random() < 0.045 then floor(random() * %31$d)::int end story,
                           case when r < 0.30 then 'UNATTRIBUTED' when r < 0.52 then 'NAMED_SOURCE'
                                when r < 0.64 then 'OFFICIAL_STATEMENT' when r < 0.77 then 'MEDIA_REPORT'
                                when r < 0.87 then 'ANONYMOUS_SOURCE' when r < 0.94 then 'TWEET' else 'DOCUMENT' end kind,
                           1 + floor(%32$d * power(random(), 2))::int sid
                    from (
                      select a, j, 1 + a %% %33$d outlet,
                             power(random(), 0.6 + (a %% %33$d) / 30.0) r
                      from generate_series(1, %34$d) a, generate_series(1, 20 + (a * 7919) %% 21) j) x) y
                  left join source s on s.id = y.sid) z""".formatted(
                arr(MEDIA_WORDS), MEDIA_WORDS.length, arr(ANON_WORDS), ANON_WORDS.length, arr(DOC_WORDS), DOC_WORDS.length,
                arr(CUES_MEDIA), CUES_MEDIA.length, arr(CUES_NAMED), CUES_NAMED.length, arr(HEDGES), HEDGES.length,
                arr(SUBJECTS), SUBJECTS.length, arr(VERBS), VERBS.length, arr(OBJECTS), OBJECTS.length,
                arr(PLACES), PLACES.length, arr(NOUNS), NOUNS.length, arr(PERIODS), PERIODS.length,
                arr(PEOPLE), PEOPLE.length, arr(PASSIVE), PASSIVE.length, arr(EVENTS), EVENTS.length,
                STORIES, PERSONS + BODIES, OUTLETS, articles));
        // the article text is the claims' sentences: "<source> <cue> <content>." or the bare content
        exec(c, "sentences laid out", """
                create unlogged table gen2 as
                select *, sum(char_length(piece)) over (partition by a order by j) - char_length(piece) piece_start
                from (select *, case when source_text is null then initcap(left(content, 1)) || substr(content, 2) || '. '
                                     else source_text || ' ' || cue_text || ' ' || content || '. ' end piece
                      from gen) g""");
        exec(c, "articles", """
                insert into article (id, title, outlet_id, published, raw_text, content_hash, extractor_version, ingested_by)
                select a, initcap(min(content)) || ' (' || a || ')', min(outlet), date '2019-01-01' + (a * 37) % 1461,
                       string_agg(piece, '' order by j), md5(a::text) || md5('bench' || a), 'bench generator', 'bench'
                from gen2 group by a
                -- stored in publication order, as a newsroom ingests them (ids stay scrambled against dates)
                order by date '2019-01-01' + (a * 37) % 1461, a""");
        exec(c, "claims", """
                insert into claim (id, article_id, start_offset, end_offset, content, kind, source_start, source_end,
                                   source_text, source_name, source_type, source_id, cue_start, cue_end, cue_text, quote,
                                   hedges, status, verdict_rating, published)
                select a::bigint * 64 + j, a,
                       piece_start + coalesce(char_length(source_text) + char_length(cue_text) + 2, 0),
                       piece_start + coalesce(char_length(source_text) + char_length(cue_text) + 2, 0) + char_length(content),
                       content, kind,
                       case when source_text is not null then piece_start end,
                       case when source_text is not null then piece_start + char_length(source_text) end,
                       source_text, source_text,
                       case when kind in ('ANONYMOUS_SOURCE', 'MEDIA_REPORT', 'DOCUMENT') then 'UNNAMED'
                            when kind <> 'UNATTRIBUTED' then 'PERSON' end,
                       source_id,
                       case when cue_text is not null then piece_start + char_length(source_text) + 1 end,
                       case when cue_text is not null then piece_start + char_length(source_text) + 1 + char_length(cue_text) end,
                       cue_text,
                       case when kind = 'UNATTRIBUTED' then 'NONE' else 'INDIRECT' end,
                       hedges,
                       case when random() < 0.1 then 'CHECKED' else 'NEW' end,
                       case when random() < 0.02 then (array['TRUE','MOSTLY_TRUE','MIXED','MOSTLY_FALSE','FALSE','UNVERIFIABLE'])[1 + floor(random() * 6)::int] end,
                       -- the article's date (V6 keeps it by trigger; triggers are off during the load)
                       date '2019-01-01' + (a * 37) % 1461
                from gen2
                order by date '2019-01-01' + (a * 37) % 1461, a, j""");
        exec(c, "same-claim groups from shared stories", """
                insert into claim_cluster (id, label)
                select story, min(content) from gen where story is not null
                group by story having count(distinct a) >= 2;
                insert into cluster_member (claim_id, cluster_id, similarity)
                select distinct on (story, a) a::bigint * 64 + j, story, 1 from gen
                where story in (select id from claim_cluster) order by story, a, j""");
        exec(c, "drop drafts", "drop table gen; drop table gen2; set session_replication_role = origin");
        for (String ddl : indexes) {
            exec(c, ddl.replaceAll("^CREATE INDEX (\\S+).*", "index $1"), ddl);
        }
        exec(c, "profile aggregates (profile_rebuild)", "select profile_rebuild()");
        exec(c, "identity sequences", """
                select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
                select setval(pg_get_serial_sequence('claim', 'id'), (select max(id) from claim));
                select setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
                select setval(pg_get_serial_sequence('outlet', 'id'), (select max(id) from outlet));
                select setval(pg_get_serial_sequence('claim_cluster', 'id'), (select max(id) from claim_cluster))""");
        exec(c, "vacuum analyze", "vacuum analyze");
        try (ResultSet r = c.createStatement().executeQuery("""
                select (select count(*) from article), (select count(*) from claim), (select count(*) from source),
                       (select count(*) from claim_cluster), (select count(*) from cluster_member),
                       pg_size_pretty(pg_database_size(current_database()))""")) {
            r.next();
            System.out.printf(Locale.ROOT, "corpus: %,d articles, %,d claims, %,d sources, %,d groups (%,d members), %s on disk%n",
                    r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getString(6));
        }
        System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- timing

    /** Runs each case 20 times to warm up, then RUNS times, and prints p50, p99 and max in ms. */
    static void time(Connection c, Map<String, Case> cases, long seed) throws SQLException {
        time(c, cases, seed, RUNS, 20);
    }

    static void time(Connection c, Map<String, Case> cases, long seed, int runs, int warmups) throws SQLException {
        System.out.printf(Locale.ROOT, "load average %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%n%-40s %8s %8s %8s   (%d runs each, after %d warm-up runs)%n", "case", "p50 ms",
                "p99 ms", "max ms", runs, warmups);
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            Random rnd = new Random(seed);
            for (int i = 0; i < warmups; i++) {
                e.getValue().run(c, rnd);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                e.getValue().run(c, rnd);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f   (load average %.2f)%n", e.getKey(), ms[runs / 2],
                    ms[(int) Math.ceil(runs * 0.99) - 1], ms[runs - 1],
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    interface Case {
        void run(Connection c, Random rnd) throws SQLException;
    }

    static void bench(Connection c) throws Exception {
        long maxSource = single(c, "select max(id) from source");
        long[] clusters = ids(c, "select id from claim_cluster order by random() limit 2000");
        long maxArticle = single(c, "select max(id) from article");
        String[] words = {"glacier", "Basra budget", "fuel subsidy", "ceasefire", "election timetable Mosul",
            "inflation Cairo", "pension reform", "hospitalised", "curfew", "\"port expansion\"", "talks day 1234",
            "wheat price Lagos"};
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("source page /sources/{id}", (conn, rnd) -> {
            // skewed like the data: popular sources are asked for more often
            long id = 1 + (long) Math.floor(maxSource * Math.pow(rnd.nextDouble(), 2));
            sourcePage(conn, id);
        });
        cases.put("group page /clusters/{id}", (conn, rnd) -> groupPage(conn, clusters[rnd.nextInt(clusters.length)]));
        cases.put("profile page /profile (whole corpus)", (conn, rnd) -> profilePage(conn, filter(null, null, null), null));
        cases.put("profile page, one quarter", (conn, rnd) -> {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(1300));
            profilePage(conn, filter(null, from.toString(), from.plusDays(91).toString()), null);
        });
        cases.put("profile page, one year", (conn, rnd) -> {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(1100));
            profilePage(conn, filter(null, from.toString(), from.plusDays(365).toString()), null);
        });
        cases.put("profile page, one quarter, one outlet", (conn, rnd) -> {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(1300));
            profilePage(conn, filter(OUTLET_NAMES[rnd.nextInt(OUTLET_NAMES.length)], from.toString(),
                    from.plusDays(91).toString()), null);
        });
        cases.put("profile page, topic search", (conn, rnd) -> profilePage(conn, filter(null, null, null),
                words[rnd.nextInt(words.length)]));
        cases.put("profile page, one outlet", (conn, rnd) -> profilePage(conn,
                filter(OUTLET_NAMES[rnd.nextInt(OUTLET_NAMES.length)], null, null), null));
        cases.put("search /api/search?q=", (conn, rnd) -> search(conn, words[rnd.nextInt(words.length)], null));
        cases.put("search with kind filter", (conn, rnd) -> search(conn, words[rnd.nextInt(words.length)], "MEDIA_REPORT"));
        cases.put("ingest: one claim insert + triggers", (conn, rnd) -> {
            // what the profile triggers (V4 article rows, V6 day and month totals) add to each claim
            // statement of an ingest; rolled back so the corpus stays as generated
            long a = 1 + rnd.nextInt((int) maxArticle);
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into claim (article_id, start_offset, end_offset, content, kind, quote, hedges, status, source_id)
                    select article_id, start_offset, end_offset, content, 'UNATTRIBUTED', 'NONE', hedges, 'NEW', null
                    from claim where article_id = ? order by start_offset limit 1""")) {
                ps.setLong(1, a);
                ps.executeUpdate();
            } finally {
                conn.rollback();
                conn.setAutoCommit(true);
            }
        });
        grouping(c, cases);
        time(c, cases, 7);
        GroupingBench.report();
        if (maxArticle > 0) {
            Map<String, Object> p = new LinkedHashMap<>();
            ProfileService.AggregateSql q = ProfileService.aggregateSql(filter(null, "2020-02-10", "2020-05-11"), null, 30, p);
            explain(c, "profile page, one quarter, distinct sources from the period bitmaps", q.sources(), p);
        }
    }

    /**
     * Ingest-time grouping (GroupingBench): one claim end to end with the V17 keys, and the candidate
     * statements they replaced (trigram window alone; with the full-text OR ranked by ts_rank) for the
     * before column, on the same random claims. Claims are picked outside the timing.
     */
    static void grouping(Connection c, Map<String, Case> cases) throws Exception {
        GroupingBench.prepare(c);
        List<GroupingBench.Claim> picks = GroupingBench.picks(c, 400);
        cases.put("grouping one claim, end to end (V18 key entries)", (conn, rnd) -> GroupingBench.oneClaim(conn,
                picks.get(rnd.nextInt(picks.size()))));
    }

    /** The candidate statements before V17, fewer runs (seconds each). */
    static void groupingBefore(Connection c, int runs) throws Exception {
        List<GroupingBench.Claim> picks = GroupingBench.picks(c, 400);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("before: trigram window 0.3", (conn, rnd) -> GroupingBench.before(conn,
                picks.get(rnd.nextInt(picks.size())), false));
        cases.put("before: trigram 0.3 + full-text OR", (conn, rnd) -> GroupingBench.before(conn,
                picks.get(rnd.nextInt(picks.size())), true));
        time(c, cases, 7, runs, 3);
    }

    static ClaimFilter filter(String outlet, String from, String to) {
        ClaimFilter f = new ClaimFilter();
        f.outlet = outlet;
        f.from = from;
        f.to = to;
        return f;
    }

    /**
     * SourceService.get: counts by kind and verdict and articles (V7 running totals; compacted after
     * the bulk load, so the fold never runs here), the newest 500 articles, their claims credited to
     * the source with article and outlet, their groups.
     */
    static void sourcePage(Connection c, long id) throws SQLException {
        drain(c, "select * from source where id = ?", id);
        drain(c, SourceService.COUNTS_SQL.replace("?1", "?"), id);
        drain(c, SourceService.ARTICLES_SQL.replace("?1", "?"), id);
        List<Long> articleIds = new ArrayList<>();
        try (PreparedStatement ps = BenchDb.prepareNumbered(c, SourceService.NEWEST_ARTICLES_SQL, id,
                SourceService.CLAIM_LIMIT); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                articleIds.add(r.getLong(1));
            }
        }
        // the SQL Hibernate runs for SourceService.CLAIMS_HQL (the service sorts and caps in Java)
        List<Long> claimIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select c.*, a.*, o.* from claim c join article a on a.id = c.article_id
                left join outlet o on o.id = a.outlet_id
                where c.source_id = ? and c.article_id = any(?) and c.status <> 'REJECTED'""")) {
            ps.setLong(1, id);
            ps.setArray(2, c.createArrayOf("bigint", articleIds.toArray()));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    claimIds.add(r.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select claim_id, cluster_id from cluster_member where claim_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", claimIds.toArray()));
            drain(ps);
        }
    }

    /** ClusterService.get: the group, its members in context, then the member claims with article, outlet, source. */
    static void groupPage(Connection c, long id) throws SQLException {
        drain(c, "select id, label, confirmed from claim_cluster where id = ?", id);
        List<Long> claimIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ClusterService.MEMBERS_SQL.replace("?1", "?"))) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    claimIds.add(r.getLong(1));
                    r.getString(4);
                    r.getString(5);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select c.*, a.*, o.*, s.* from claim c join article a on a.id = c.article_id
                left join outlet o on o.id = a.outlet_id left join source s on s.id = c.source_id where c.id = any(?)""")) {
            ps.setArray(1, c.createArrayOf("bigint", claimIds.toArray()));
            drain(ps);
        }
    }

    /** ProfilePage: ProfileService's pre-aggregated statements plus the outlet list of the filter form. */
    static void profilePage(Connection c, ClaimFilter f, String topic) throws SQLException {
        List<Long> topicArticles = null;
        if (topic != null) {
            // ProfileService.fromAggregate: the newest TOPIC_ARTICLES + 1 matches, through date windows
            LocalDate anchor = anchor(c, f);
            topicArticles = new ArrayList<>(NewestFirst.find(anchor, f.from == null ? null : LocalDate.parse(f.from),
                    TOPIC_ARTICLES + 1, since -> {
                        Map<String, Object> tp = new LinkedHashMap<>();
                        List<Long> ids = new ArrayList<>();
                        try (PreparedStatement ps = BenchDb.prepare(c,
                                ProfileService.topicSql(f, topic, TOPIC_ARTICLES + 1, since, tp), tp);
                                ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                ids.add(r.getLong(1));
                            }
                        }
                        return ids;
                    }));
            if (topicArticles.size() > TOPIC_ARTICLES) {
                topicArticles = topicArticles.subList(0, TOPIC_ARTICLES);
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        ProfileService.AggregateSql sql = ProfileService.aggregateSql(f, topicArticles, 30, p);
        for (String s : List.of(sql.sources(), sql.outlets(), sql.total(), sql.articles())) {
            try (PreparedStatement ps = BenchDb.prepare(c, s, p)) {
                drain(ps);
            }
        }
        drain(c, "select name from outlet order by name");
    }

    /** NewestFirst.anchorSql: the newest article date the windows count back from. */
    static LocalDate anchor(Connection c, ClaimFilter f) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        try (PreparedStatement ps = BenchDb.prepare(c,
                NewestFirst.anchorSql(f.to == null ? null : LocalDate.parse(f.to), p), p);
                ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getObject(1, LocalDate.class);
        }
    }

    /** SearchService.search: articles and claims (ids, then the claims with article, outlet, source). */
    static void search(Connection c, String q, String kind) throws SQLException {
        ClaimFilter f = new ClaimFilter();
        f.q = q;
        f.kind = kind;
        LocalDate anchor = anchor(c, f);
        NewestFirst.find(anchor, null, SearchService.RANKED, since -> {
            Map<String, Object> p = new LinkedHashMap<>();
            List<Long> rows = new ArrayList<>();
            try (PreparedStatement ps = BenchDb.prepare(c, SearchService.articleSql(f, since, p), p);
                    ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getLong(1));
                    r.getString(2);
                    r.getDouble(5);
                }
            }
            return rows;
        });
        List<Long> ids = NewestFirst.find(anchor, null, 50, NewestFirst.CLAIM_MAX_DAYS, since -> {
            Map<String, Object> p2 = new LinkedHashMap<>();
            List<Long> rows = new ArrayList<>();
            try (PreparedStatement ps = BenchDb.prepare(c, SearchService.claimSql(f, 50, since, p2), p2);
                    ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getLong(1));
                }
            }
            return rows;
        });
        try (PreparedStatement ps = c.prepareStatement("""
                select c.*, a.*, o.*, s.* from claim c join article a on a.id = c.article_id
                left join outlet o on o.id = a.outlet_id left join source s on s.id = c.source_id where c.id = any(?)""")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            drain(ps);
        }
    }

    private static void explain(Connection c, String label, String sql, Map<String, Object> p) throws SQLException {
        System.out.println("\nEXPLAIN ANALYZE " + label + ":");
        try (PreparedStatement ps = BenchDb.prepare(c, "explain (analyze, buffers) " + sql, p);
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                System.out.println("  " + r.getString(1));
            }
        }
    }

    private static void drain(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            drain(ps);
        }
    }

    static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet r = ps.executeQuery()) {
            int cols = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= cols; i++) {
                    r.getObject(i);
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long[] ids(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
