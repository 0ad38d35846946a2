package org.claimtrack.review;

import java.util.List;

import org.claimtrack.common.ApiError;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What the claim list offers to choose from by name (sources, articles, people) and the names
 * chosen turned into the ids the filter works with.
 */
@ApplicationScoped
public class ListChoices {

    /** Suggestions are the most used sources and the newest articles: enough to type a few letters into. */
    static final int MAX_SUGGESTIONS = 500;

    public record Choice(long id, String name) {
    }

    public record Choices(List<Choice> sources, List<Choice> articles, List<String> users) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public Choices choices() {
        return new Choices(pairs("select s.id, s.name from source s left join (select source_id, sum(articles) n from source_totals "
                + "group by source_id) t on t.source_id = s.id order by t.n desc nulls last, lower(s.name), s.id limit "
                + MAX_SUGGESTIONS),
                pairs("select id, title from article order by published desc nulls last, id desc limit " + MAX_SUGGESTIONS),
                users());
    }

    @Transactional
    public List<String> users() {
        return em.createQuery("select u.username from User u order by u.username", String.class).getResultList();
    }

    /** The source called {@code name} (case-insensitive; the one with most articles when several are). */
    @Transactional
    public Long sourceId(String name) {
        return idOf("select s.id from source s where lower(s.name) = lower(?1) order by (select sum(t.articles) from "
                + "source_totals t where t.source_id = s.id) desc nulls last, s.id limit 1", name, "no source is called");
    }

    /** The article titled {@code title} (case-insensitive; the newest when several are). */
    @Transactional
    public Long articleId(String title) {
        return idOf("select id from article where lower(title) = lower(?1) order by published desc nulls last, id desc"
                + " limit 1", title, "no article is titled");
    }

    @Transactional
    public String sourceName(Long id) {
        return id == null ? null : name("select name from source where id = ?1", id);
    }

    @Transactional
    public String articleTitle(Long id) {
        return id == null ? null : name("select title from article where id = ?1", id);
    }

    private Long idOf(String sql, String name, String refusal) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).setParameter(1, name.strip()).getResultList();
        if (ids.isEmpty()) {
            throw ApiError.of(422, refusal + " “" + name.strip() + "”: pick one of the suggestions");
        }
        return ids.get(0).longValue();
    }

    private String name(String sql, long id) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return names.isEmpty() ? null : names.get(0);
    }

    private List<Choice> pairs(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }
}
