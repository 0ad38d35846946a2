package org.claimtrack.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Same-claim groups made as rows, one article a version, for the drift tests. */
final class DriftFixtures {

    private DriftFixtures() {
    }

    /** One article's version of the claim: its outlet, date (null: undated), kind, quote type and hedges. */
    record V(String outlet, LocalDate date, Kind kind, String quote, String... hedges) {
    }

    record Made(long group, List<Long> claims, List<Long> articles) {
    }

    /** Articles carrying the same claim as the versions say, put in one group (members in the given order). */
    static Made group(EntityManager em, String n, V... versions) {
        String content = "the " + n + " bridge was closed to all traffic";
        List<Long> claims = new ArrayList<>();
        List<Long> articles = new ArrayList<>();
        for (V v : versions) {
            boolean attributed = v.kind() != Kind.UNATTRIBUTED;
            long a = Fixtures.article(v.outlet(), v.date(), attributed ? "Officials said " + content + "." : content + ".");
            long c = Fixtures.claims(a, attributed ? Spec.of(content, v.kind(), null, "Officials", "said", v.hedges())
                    : Spec.of(content, Kind.UNATTRIBUTED, null, null, null, v.hedges())).get(0);
            sql(em, "update claim set quote = ?1 where id = ?2", v.quote(), c);
            claims.add(c);
            articles.add(a);
        }
        long g = QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("insert into claim_cluster (label) values (?1) returning id")
                    .setParameter(1, content).getSingleResult()).longValue();
            for (Long c : claims) {
                em.createNativeQuery("insert into cluster_member (claim_id, cluster_id) values (?1, ?2)")
                        .setParameter(1, c).setParameter(2, id).executeUpdate();
            }
            return id;
        });
        return new Made(g, claims, articles);
    }

    static void sql(EntityManager em, String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }
}
