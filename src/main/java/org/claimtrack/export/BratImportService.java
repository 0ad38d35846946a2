package org.claimtrack.export;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.IngestRequest;
import org.claimtrack.ingest.IngestResult;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimOrigin;
import org.claimtrack.sources.Source;
import org.claimtrack.sources.SourceNames;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;

/**
 * Imports a brat zip. Each text becomes an article through {@link ArticleService} (so the same text
 * is never stored twice); a newly created article's claims are then replaced by the .ann's, stored
 * as curated annotations (origin HUMAN, so no re-extraction replaces them). An article that already
 * existed keeps its claims: the import reports it as a duplicate and adds nothing to it.
 * Callable from the HTTP endpoint and from a command line.
 */
@ApplicationScoped
public class BratImportService {

    /** What happened to one document of the archive. */
    public record Imported(String name, long articleId, boolean duplicate, int claims) {
    }

    public record Report(int articles, int duplicates, int claims, List<Imported> documents) {
    }

    @Inject
    ArticleService articles;

    @Inject
    ClaimtrackConfig config;

    @Inject
    EntityManager em;

    public BratArchive.Limits limits() {
        return new BratArchive.Limits(config.export().importMaxEntries(),
                config.export().importMaxUncompressedBytes(), config.maxBodyBytes());
    }

    /**
     * All or nothing: reads and checks the whole archive first (each document also by the ingest's own
     * checks), so a bad file stops the import before anything is stored; and should storing still fail
     * half way (the database), the articles this import created are deleted again before the error
     * goes out, so a failing archive leaves nothing behind.
     */
    public Report importZip(InputStream zip, String user) {
        List<BratArchive.Document> docs = BratArchive.read(zip, limits());
        List<IngestRequest> requests = new ArrayList<>();
        for (BratArchive.Document d : docs) {
            BratArchive.Meta m = d.meta();
            IngestRequest req = new IngestRequest(d.text(), m.title(), m.outlet(), m.url(), m.published(), m.byline());
            try {
                articles.validate(req);
            } catch (WebApplicationException e) {
                Object entity = e.getResponse().getEntity();
                String why = entity instanceof ApiError a ? a.error() : e.getMessage();
                throw ApiError.of(e.getResponse().getStatus() == 413 ? 413 : 422, d.name() + ": " + why);
            }
            requests.add(req);
        }
        List<Long> createdIds = new ArrayList<>();
        try {
            return store(docs, requests, user, createdIds);
        } catch (RuntimeException e) {
            if (!createdIds.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from article where id in (:ids)")
                        .setParameter("ids", createdIds).executeUpdate());
            }
            throw e;
        }
    }

    private Report store(List<BratArchive.Document> docs, List<IngestRequest> requests, String user, List<Long> createdIds) {
        List<Imported> done = new ArrayList<>();
        int created = 0;
        int duplicates = 0;
        int claims = 0;
        for (int i = 0; i < docs.size(); i++) {
            BratArchive.Document d = docs.get(i);
            IngestResult r = articles.ingest(requests.get(i), user);
            long id = r.article().id;
            if (r.duplicate()) {
                duplicates++;
                done.add(new Imported(d.name(), id, true, 0));
                continue;
            }
            createdIds.add(id);
            QuarkusTransaction.requiringNew().run(() -> replaceClaims(id, d.claims()));
            created++;
            claims += d.claims().size();
            done.add(new Imported(d.name(), id, false, d.claims().size()));
        }
        return new Report(created, duplicates, claims, done);
    }

    void replaceClaims(long articleId, List<BratClaim> claims) {
        Article article = Article.findById(articleId);
        em.createNativeQuery("delete from claim where article_id = ?1 and origin = 'EXTRACTOR'")
                .setParameter(1, articleId).executeUpdate();
        for (BratClaim c : claims) {
            Claim e = new Claim();
            e.article = article;
            e.start = c.start();
            e.end = c.end();
            e.content = c.text();
            e.kind = Kind.valueOf(c.kind());
            e.quote = QuoteType.valueOf(c.quote());
            e.hedges = new ArrayList<>(c.hedges());
            e.origin = ClaimOrigin.HUMAN;
            if (c.hasSource()) {
                e.sourceStart = c.sourceStart();
                e.sourceEnd = c.sourceEnd();
                e.sourceText = c.sourceText();
                e.sourceName = c.sourceName();
                e.sourceType = c.sourceType() == null ? null : SourceType.valueOf(c.sourceType());
                e.sourceHandle = c.sourceHandle();
                e.source = link(c, e.sourceType);
            }
            if (c.cueStart() != null) {
                e.cueStart = c.cueStart();
                e.cueEnd = c.cueEnd();
                e.cueText = c.cueText();
            }
            e.persist();
        }
        em.flush();
    }

    /**
     * The canonical source, by SourceResolver's rules (handle, else the same name or an alias of the
     * same type, else a new source; unnamed sources stay unlinked), written in SQL here because the
     * resolver's array queries did not parse in HQL where this was written; with main's fixed resolver
     * this can call SourceResolver.resolve instead.
     */
    private Source link(BratClaim c, SourceType type) {
        String name = c.sourceName() != null && !c.sourceName().isBlank() ? c.sourceName().strip() : c.sourceText();
        if (type == null || type == SourceType.UNNAMED || name == null || name.isBlank()) {
            return null;
        }
        String handle = c.sourceHandle() == null || c.sourceHandle().isBlank() ? null
                : c.sourceHandle().strip().toLowerCase(Locale.ROOT);
        Source s = null;
        if (handle != null) {
            s = first("select * from source where ?1 = any(handles) order by id limit 1", handle, null);
        }
        if (s == null) {
            s = first("select * from source where lower(name) = ?1 and type = ?2 order by id limit 1",
                    name.toLowerCase(Locale.ROOT), type.name());
        }
        if (s == null) {
            s = first("select * from source where ?1 = any(aliases) and type = ?2 order by id limit 1", name, type.name());
        }
        if (s == null) {
            s = new Source();
            s.name = name;
            s.type = type;
            s.persist();
        } else if (!s.name.equalsIgnoreCase(name) && !s.aliases.contains(name) && SourceNames.isAlias(name)) {
            s.aliases.add(name);
        }
        if (handle != null && !s.handles.contains(handle)) {
            s.handles.add(handle);
        }
        return s;
    }

    private Source first(String sql, String a, String b) {
        var q = em.createNativeQuery(sql, Source.class).setParameter(1, a);
        if (b != null) {
            q.setParameter(2, b);
        }
        @SuppressWarnings("unchecked")
        List<Source> found = q.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
