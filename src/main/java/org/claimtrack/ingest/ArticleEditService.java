package org.claimtrack.ingest;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.AuditLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Corrections and removal of articles. A correction of title, outlet, date, url or byline writes an
 * {@link ArticleHistory} row (the profile follows the new outlet and date through the database's
 * triggers); a removal deletes the article with its claims and group memberships and leaves an
 * {@link AuditLog} row saying what it was.
 */
@ApplicationScoped
public class ArticleEditService {

    /** The fields a correction may set; a field sent as null (or blank) is cleared, except the title. */
    public static final Set<String> FIELDS = Set.of("title", "outlet", "published", "url", "byline");

    public record HistoryRow(Long id, Long articleId, OffsetDateTime at, String user, String action, JsonNode before,
            JsonNode after) {
    }

    public record Deleted(long id, String title, long claims) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Applies the given fields (name → new value, null to clear); answers the article as stored. */
    @Transactional
    public ArticleView update(long id, Map<String, String> changes, String user) {
        Article a = require(id);
        if (changes.isEmpty()) {
            throw ApiError.of(422, "nothing to change: send at least one of " + FIELDS);
        }
        Map<String, Object> before = fields(a);
        for (Map.Entry<String, String> e : changes.entrySet()) {
            apply(a, e.getKey(), e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip());
        }
        Map<String, Object> after = fields(a);
        if (!before.equals(after)) {
            em.flush(); // the profile triggers run now, inside this transaction
            ArticleHistory h = new ArticleHistory();
            h.articleId = a.id;
            h.username = user;
            h.action = "edit";
            h.before = json(before);
            h.after = json(after);
            h.persist();
        }
        return ArticleView.of(a, null);
    }

    private static void apply(Article a, String field, String value) {
        switch (field) {
            case "title" -> {
                if (value == null) {
                    throw ApiError.of(422, "an article needs a title: it cannot be empty");
                }
                if (value.length() > 1000) {
                    throw ApiError.of(422, "title is longer than 1000 characters");
                }
                a.title = value;
            }
            case "outlet" -> {
                if (value != null && value.length() > 200) {
                    throw ApiError.of(422, "outlet is longer than 200 characters");
                }
                a.outlet = value == null ? null : Outlet.findOrCreate(value);
            }
            case "published" -> a.published = ArticleService.parseDate(value, "published");
            case "url" -> {
                if (value != null && (value.length() > 2000 || !ArticleService.isHttpUrl(value))) {
                    throw ApiError.of(422, "url must be an http or https URL");
                }
                a.url = value;
            }
            case "byline" -> {
                if (value != null && value.length() > 500) {
                    throw ApiError.of(422, "byline is longer than 500 characters");
                }
                a.byline = value;
            }
            default -> throw ApiError.of(400, "unknown field '" + field + "': use " + FIELDS);
        }
    }

    /** Fills in outlet, date and byline the article lacks (seeds loaded before their metadata was known). */
    @Transactional
    public void fillMissing(long id, String outlet, java.time.LocalDate published, String byline, String user) {
        Article a = require(id);
        Map<String, String> changes = new LinkedHashMap<>();
        if (a.outlet == null && outlet != null) {
            changes.put("outlet", outlet);
        }
        if (a.published == null && published != null) {
            changes.put("published", published.toString());
        }
        if (a.byline == null && byline != null) {
            changes.put("byline", byline);
        }
        if (!changes.isEmpty()) {
            update(id, changes, user);
        }
    }

    /**
     * Removes the article for good: its claims (and so their group memberships and profile counts, by
     * cascade and trigger) go with it. Groups left empty are deleted, the others relabelled from a claim
     * that is still there.
     */
    @Transactional
    public Deleted delete(long id, String user) {
        Article a = require(id);
        long claims = ((Number) em.createNativeQuery("select count(*) from claim where article_id = ?1 and status <> 'REJECTED'")
                .setParameter(1, id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> groups = em.createNativeQuery("select distinct m.cluster_id from cluster_member m join claim c "
                + "on c.id = m.claim_id where c.article_id = ?1").setParameter(1, id).getResultList();
        Map<String, Object> detail = fields(a);
        detail.put("claims", claims);
        detail.put("contentHash", a.contentHash);
        detail.put("ingestedBy", a.ingestedBy);
        detail.put("ingestedAt", a.ingestedAt == null ? null : a.ingestedAt.toString());
        String title = a.title;
        em.flush();
        em.detach(a);
        // the claims first, while the article and its profile row still exist: the claim triggers then take
        // the article's counts off its outlet's running totals (a cascade from the article would leave them)
        em.createNativeQuery("delete from claim where article_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("delete from article where id = ?1").setParameter(1, id).executeUpdate();
        if (!groups.isEmpty()) {
            List<Long> ids = groups.stream().map(Number::longValue).toList();
            em.createNativeQuery("delete from claim_cluster cl where cl.id in (?1) and not exists "
                    + "(select 1 from cluster_member m where m.cluster_id = cl.id)").setParameter(1, ids).executeUpdate();
            em.createNativeQuery("update claim_cluster cl set label = (select c.content from cluster_member m join claim c "
                    + "on c.id = m.claim_id where m.cluster_id = cl.id order by c.id limit 1), updated_at = now() "
                    + "where cl.id in (?1)").setParameter(1, ids).executeUpdate();
        }
        AuditLog.record(user, "delete", "article", id, json(detail));
        return new Deleted(id, title, claims);
    }

    @Transactional
    public List<HistoryRow> history(long id) {
        require(id);
        return ArticleHistory.ofArticle(id).stream().map(h -> new HistoryRow(h.id, h.articleId, h.at, h.username,
                h.action, read(h.before), read(h.after))).toList();
    }

    private static Article require(long id) {
        Article a = Article.findById(id);
        if (a == null) {
            throw ApiError.of(404, "no article " + id);
        }
        return a;
    }

    private static Map<String, Object> fields(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title);
        m.put("outlet", a.outletName());
        m.put("published", a.published == null ? null : a.published.toString());
        m.put("url", a.url);
        m.put("byline", a.byline);
        return m;
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String s) {
        try {
            return s == null ? null : mapper.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable article history", e);
        }
    }
}
