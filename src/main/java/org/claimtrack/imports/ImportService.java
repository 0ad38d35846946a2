package org.claimtrack.imports;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.Inputs;
import org.claimtrack.common.NativePage;
import org.claimtrack.common.TextBody;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.IngestRequest;
import org.claimtrack.ingest.IngestResult;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

/** Bulk import jobs: creating one from drafts, reading its progress, and doing one item's work. */
@ApplicationScoped
public class ImportService {

    /** Most jobs one list shows. */
    public static final int MAX_JOBS = 200;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** Fired after a job is committed, so this process's idle workers start at once. */
    public record JobCreated(long id) {
    }

    public record ItemView(int seq, String name, ImportKind kind, ImportStatus status, String error, Long articleId) {
    }

    public record JobView(long id, String label, String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt,
            int total, int done, int failed, int skipped, int pending, boolean finished, int percent,
            List<ItemView> items, int itemsOffset) {

        /** The page shows items {@code itemsOffset + 1 ..}; for the job page's links. */
        public int page() {
            return itemsOffset / PAGE_ITEMS + 1;
        }

        public boolean hasNextPage() {
            return itemsOffset + items.size() < total;
        }

        public int lastPage() {
            return Math.max(1, (total + PAGE_ITEMS - 1) / PAGE_ITEMS);
        }
    }

    /** Items the job page shows at once. */
    public static final int PAGE_ITEMS = 200;

    /** The result of one item's work, as the worker writes it back. */
    public record Outcome(ImportStatus status, Long articleId, String error) {
    }

    @Inject
    EntityManager em;

    @Inject
    ArticleService articles;

    @Inject
    UrlFetcher fetcher;

    @Inject
    Event<JobCreated> created;

    @Inject
    org.claimtrack.common.ClaimtrackConfig config;

    /**
     * Stores the job with all its items in one transaction: a job is there whole or not at all.
     * An upload of which nothing can be imported is refused (422) and stores nothing.
     */
    public long create(String user, String label, String outlet, List<UploadParser.Draft> drafts) {
        if (drafts.isEmpty()) {
            throw ApiError.of(400, "nothing to import: send files, a zip or URLs");
        }
        int maxItems = config.imports().maxItems();
        if (drafts.size() > maxItems) {
            throw ApiError.of(413, "this upload makes " + drafts.size() + " items; at most " + maxItems
                    + " fit in one job: split it into smaller uploads");
        }
        Inputs.noNul(outlet, "outlet");
        if (drafts.stream().allMatch(d -> d.error() != null)) {
            List<String> errors = drafts.stream().limit(20).map(d -> d.name() + ": " + d.error()).toList();
            boolean tooLarge = drafts.stream().allMatch(d -> d.error().startsWith("file larger than"));
            throw ApiError.of(tooLarge ? 413 : 422, "nothing in this upload can be imported: " + String.join("; ", errors),
                    java.util.Map.of("items", errors));
        }
        if (outlet != null && outlet.length() > 200) {
            throw ApiError.of(422, "outlet is longer than 200 characters");
        }
        long id = insert(user, label, outlet, drafts);
        created.fire(new JobCreated(id));
        return id;
    }

    @Transactional
    long insert(String user, String label, String outlet, List<UploadParser.Draft> drafts) {
        long id = ((Number) em.createNativeQuery(
                "insert into import_job (label, created_by, outlet) values (?1, ?2, ?3) returning id")
                .setParameter(1, label).setParameter(2, user)
                .setParameter(3, outlet == null || outlet.isBlank() ? null : outlet.strip())
                .getSingleResult()).longValue();
        int seq = 0;
        for (UploadParser.Draft d : drafts) {
            seq++;
            boolean failed = d.error() != null;
            em.createNativeQuery("insert into import_item (job_id, seq, name, kind, content, status, error, finished_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, case when ?6 = 'PENDING' then null else now() end)")
                    .setParameter(1, id).setParameter(2, seq).setParameter(3, d.name()).setParameter(4, d.kind().name())
                    .setParameter(5, failed ? new byte[0] : d.content())
                    .setParameter(6, failed ? ImportStatus.FAILED.name() : ImportStatus.PENDING.name())
                    .setParameter(7, d.error())
                    .executeUpdate();
        }
        // a job of nothing but refused items is refused as a whole above; mark the rest finished now
        markFinishedIfDone(id);
        return id;
    }

    void markFinishedIfDone(long jobId) {
        em.createNativeQuery("update import_job set finished_at = now() where id = ?1 and finished_at is null"
                + " and not exists (select 1 from import_item where job_id = ?1 and status = 'PENDING')")
                .setParameter(1, jobId).executeUpdate();
    }

    /** The job with its counts, and with its first items when {@code withItems}. */
    public JobView job(long id, boolean withItems) {
        return job(id, withItems ? NativePage.MAX_LIMIT : 0, 0);
    }

    /** The job with its counts and {@code limit} items from {@code offset} on (in order; 0: none). */
    @Transactional
    public JobView job(long id, int limit, int offset) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, label, created_by, created_at, finished_at from import_job where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ApiError.of(404, "no import job " + id);
        }
        return view(rows.get(0), Math.min(Math.max(0, limit), NativePage.MAX_LIMIT), Math.max(0, offset));
    }

    @Transactional
    public List<JobView> jobs(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, label, created_by, created_at, finished_at from import_job order by id desc limit ?1")
                .setParameter(1, Math.max(1, Math.min(limit, MAX_JOBS))).getResultList();
        List<JobView> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(view(r, 0, 0));
        }
        return out;
    }

    private JobView view(Object[] r, int limit, int offset) {
        long id = ((Number) r[0]).longValue();
        int[] counts = new int[ImportStatus.values().length];
        @SuppressWarnings("unchecked")
        List<Object[]> byStatus = em.createNativeQuery(
                "select status, count(*) from import_item where job_id = ?1 group by status")
                .setParameter(1, id).getResultList();
        for (Object[] s : byStatus) {
            counts[ImportStatus.valueOf((String) s[0]).ordinal()] = ((Number) s[1]).intValue();
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int pending = counts[ImportStatus.PENDING.ordinal()];
        List<ItemView> items = List.of();
        if (limit > 0) {
            items = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select seq, name, kind, status, error, article_id"
                    + " from import_item where job_id = ?1 order by seq limit ?2 offset ?3").setParameter(1, id)
                    .setParameter(2, limit).setParameter(3, offset).getResultList();
            for (Object[] i : rows) {
                items.add(new ItemView(((Number) i[0]).intValue(), (String) i[1], ImportKind.valueOf((String) i[2]),
                        ImportStatus.valueOf((String) i[3]), (String) i[4],
                        i[5] == null ? null : ((Number) i[5]).longValue()));
            }
        }
        OffsetDateTime finishedAt = time(r[4]);
        if (finishedAt == null && pending == 0) {
            // two workers finishing the last items at once each saw the other's still pending
            finishedAt = time(em.createNativeQuery("select max(finished_at) from import_item where job_id = ?1")
                    .setParameter(1, id).getSingleResult());
        }
        return new JobView(id, (String) r[1], (String) r[2], time(r[3]), finishedAt, total,
                counts[ImportStatus.DONE.ordinal()], counts[ImportStatus.FAILED.ordinal()],
                counts[ImportStatus.SKIPPED.ordinal()], pending, pending == 0,
                total == 0 ? 100 : (int) Math.floor(100.0 * (total - pending) / total), items, offset);
    }

    private static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }

    /**
     * Does one item's work through {@link ArticleService#ingest}, the single way an article is stored.
     * Never throws for bad content: that is the item's FAILED outcome, and the batch goes on.
     */
    public Outcome process(long itemId, ImportKind kind, String name, byte[] content, String outlet, String user) {
        try {
            IngestRequest req = request(kind, content);
            if (outlet != null && (req.outlet() == null || req.outlet().isBlank())) {
                req = new IngestRequest(req.text(), req.title(), outlet, req.url(), req.published(), req.byline());
            }
            IngestResult r = articles.ingest(req, user, itemId);
            return r.duplicate()
                    ? new Outcome(ImportStatus.SKIPPED, r.article().id, "already stored as article " + r.article().id)
                    : new Outcome(ImportStatus.DONE, r.article().id, null);
        } catch (WebApplicationException e) {
            return new Outcome(ImportStatus.FAILED, null, message(e));
        } catch (RuntimeException e) {
            LOG.warnf(e, "import item %s failed", name);
            return new Outcome(ImportStatus.FAILED, null, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** What an item's content says, as an ingest request; 4xx {@link ApiError} for bad content. */
    public IngestRequest request(ImportKind kind, byte[] content) {
        return switch (kind) {
            case TEXT -> ArticleService.withoutDateHeader(new IngestRequest(TextBody.decode(content), null, null, null, null, null));
            case HTML -> nonEmpty(HtmlArticle.parse(content, null, null));
            case JSON -> JsonRecord.parse(new String(content, StandardCharsets.UTF_8)).toRequest();
            case URL -> fromUrl(new String(content, StandardCharsets.UTF_8));
        };
    }

    /** Fetches a page and makes it an ingest request. */
    public IngestRequest fromUrl(String url) {
        UrlFetcher.Page page = fetcher.fetch(url);
        IngestRequest req = nonEmpty(HtmlArticle.parse(page.body(), page.charset(), page.url()));
        return req.url() == null ? new IngestRequest(req.text(), req.title(), req.outlet(), page.url(), req.published(),
                req.byline()) : req;
    }

    private static IngestRequest nonEmpty(IngestRequest req) {
        if (req.text() == null || req.text().isBlank()) {
            throw ApiError.of(422, "no article text found in the page");
        }
        return req;
    }

    /** The message of a 4xx answer, for an item's error column. */
    static String message(WebApplicationException e) {
        Object entity = e.getResponse() == null ? null : e.getResponse().getEntity();
        return entity instanceof ApiError err ? err.error() : String.valueOf(e.getMessage());
    }
}
