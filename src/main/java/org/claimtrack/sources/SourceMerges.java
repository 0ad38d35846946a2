package org.claimtrack.sources;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.AuditLog;
import org.claimtrack.extract.SourceType;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Merging a source into another and undoing one such merge later. A merge keeps the merged-away
 * source's row, what the survivor gained from it and the claims it moved ({@link SourceMerge}); an
 * unmerge brings the source back with its own id and moves back the claims whose source nobody
 * changed since, so a person's corrections stay where they put them.
 */
@ApplicationScoped
public class SourceMerges {

    /** A source page lists at most this many past merges into the source. */
    public static final int LIST_LIMIT = 100;

    /** Claims are loaded and moved in chunks of this many ids (one statement's parameters stay few). */
    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    @Inject
    SourceService sources;

    public record MergeView(long id, OffsetDateTime at, String user, long fromId, String fromName, SourceType fromType,
            long intoId, long claims, OffsetDateTime undoneAt, String undoneBy) {
        public boolean undone() {
            return undoneAt != null;
        }
    }

    /** What an unmerge did: the merge, the source it brought back, and where the merge's claims are now. */
    public record Unmerged(MergeView merge, SourceService.SourceDetail restored, List<Long> movedBack,
            List<Long> stayed) {
    }

    /**
     * Moves every claim of {@code fromId} to {@code intoId}, keeps the names, aliases, keys and
     * handles of both on the survivor, records each moved claim in its history, records the merge so
     * that it can be undone, and deletes the emptied source.
     */
    @Transactional
    public Source merge(long fromId, Long intoId, String user) {
        if (intoId == null) {
            throw ApiError.of(422, "field 'into' is required: the id of the source to merge into");
        }
        if (intoId == fromId) {
            throw ApiError.of(422, "a source cannot be merged into itself");
        }
        Source from = SourceService.require(fromId);
        Source into = Source.findById(intoId);
        if (into == null) {
            throw ApiError.of(404, "no source " + intoId);
        }
        SourceMerge m = remember(from, into, user);
        List<Claim> claims = Claim.list("source.id", fromId);
        List<String> before = new ArrayList<>();
        for (Claim c : claims) {
            before.add(sources.toJson(ClaimView.of(c)));
            c.source = into;
        }
        List<String> aliases = List.copyOf(into.aliases);
        List<String> keys = List.copyOf(into.keys);
        List<String> handles = List.copyOf(into.handles);
        SourceResolver.addAlias(into, from.name);
        from.aliases.forEach(a -> SourceResolver.addAlias(into, a));
        for (String k : from.keys) {
            if (!into.keys.contains(k)) {
                into.keys.add(k);
            }
        }
        for (String h : from.handles) {
            if (!into.handles.contains(h)) {
                into.handles.add(h);
            }
        }
        if (into.surname == null && from.surname != null) {
            into.surname = from.surname;
            m.gainedSurname = from.surname;
        }
        m.gainedAliases = minus(into.aliases, aliases);
        m.gainedKeys = minus(into.keys, keys);
        m.gainedHandles = minus(into.handles, handles);
        m.persist();
        em.flush();
        Long first = null;
        Long last = null;
        for (int i = 0; i < claims.size(); i++) {
            Long h = sources.history(claims.get(i), "source-merge", before.get(i), user, Map.of("_sourceMerge", m.id)).id;
            first = first == null ? h : first;
            last = h;
        }
        if (first != null) {
            // the rows just written, found by their id range (the primary key) and the merge they name
            em.createNativeQuery("""
                    insert into source_merge_claim (merge_id, claim_id, history_id)
                    select ?1, h.claim_id, h.id from claim_history h
                    where h.id between ?2 and ?3 and h.action = 'source-merge' and h.after->>'_sourceMerge' = ?4""")
                    .setParameter(1, m.id).setParameter(2, first).setParameter(3, last)
                    .setParameter(4, String.valueOf(m.id)).executeUpdate();
        }
        from.delete();
        em.flush();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("merge", m.id);
        detail.put("name", from.name);
        detail.put("type", from.type.name());
        detail.put("into", into.id);
        detail.put("intoName", into.name);
        detail.put("claims", claims.size());
        AuditLog.record(user, "merge", "source", fromId, sources.toJson(detail));
        return into;
    }

    private static SourceMerge remember(Source from, Source into, String user) {
        SourceMerge m = new SourceMerge();
        m.username = user;
        m.fromId = from.id;
        m.intoId = into.id;
        m.fromName = from.name;
        m.fromType = from.type;
        m.fromHandles = new ArrayList<>(from.handles);
        m.fromAliases = new ArrayList<>(from.aliases);
        m.fromKeys = new ArrayList<>(from.keys);
        m.fromSurname = from.surname;
        m.fromCreatedAt = from.createdAt;
        return m;
    }

    private static List<String> minus(List<String> now, List<String> before) {
        return new ArrayList<>(now.stream().filter(x -> !before.contains(x)).toList());
    }

    /** The merges into a source, newest first, undone ones included (they say by whom). */
    @Transactional
    public List<MergeView> merges(long sourceId) {
        SourceService.require(sourceId);
        List<SourceMerge> merges = SourceMerge.<SourceMerge>find("intoId = ?1 order by id desc", sourceId)
                .page(0, LIST_LIMIT).list();
        Map<Long, Long> counts = new HashMap<>();
        if (!merges.isEmpty()) {
            for (Object row : em.createNativeQuery(
                    "select merge_id, count(*) from source_merge_claim where merge_id in (?1) group by merge_id")
                    .setParameter(1, merges.stream().map(m -> m.id).toList()).getResultList()) {
                Object[] r = (Object[]) row;
                counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return merges.stream().map(m -> view(m, counts.getOrDefault(m.id, 0L))).toList();
    }

    private static MergeView view(SourceMerge m, long claims) {
        return new MergeView(m.id, m.at, m.username, m.fromId, m.fromName, m.fromType, m.intoId, claims, m.undoneAt,
                m.undoneBy);
    }

    /**
     * Undoes merge {@code mergeId} into source {@code sourceId}: the merged-away source comes back with
     * its id, name, aliases, keys and handles; the survivor loses what it gained; every claim the merge
     * moved goes back unless its source was changed since (a correction, a split) and not undone.
     */
    @Transactional
    public Unmerged unmerge(long sourceId, long mergeId, String user) {
        SourceMerge m = SourceMerge.findById(mergeId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !m.intoId.equals(sourceId)) {
            throw ApiError.of(404, "source " + sourceId + " has no merge " + mergeId
                    + (m == null ? "" : " (merge " + mergeId + " merged source " + m.fromId + " into source " + m.intoId + ")"));
        }
        if (m.undoneAt != null) {
            throw ApiError.of(409, "merge " + mergeId + " of “" + m.fromName + "” into source " + m.intoId
                    + " was undone already, by " + m.undoneBy + " on "
                    + m.undoneAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        }
        Source into = Source.findById(m.intoId);
        if (into == null) {
            SourceMerge later = SourceMerge.find("fromId = ?1 and undoneAt is null order by id desc", m.intoId).firstResult();
            throw ApiError.of(409, "source " + m.intoId + " was itself merged into another source since"
                    + (later == null ? "" : " (source " + later.intoId + ", merge " + later.id + ")")
                    + ": undo that merge first");
        }
        if (Source.findById(m.fromId) != null) {
            throw ApiError.of(409, "source " + m.fromId + " exists already: nothing to bring back");
        }
        Source from = restore(m, into);
        List<Long> movedBack = new ArrayList<>();
        List<Long> stayed = new ArrayList<>();
        Map<Long, Long> mergeRows = stillOnSurvivor(m, movedBack, stayed);
        for (int i = 0; i < movedBack.size(); i += CHUNK) {
            List<Long> ids = movedBack.subList(i, Math.min(movedBack.size(), i + CHUNK));
            List<Claim> claims = Claim.list("id in ?1", ids);
            List<String> before = new ArrayList<>();
            for (Claim c : claims) {
                before.add(sources.toJson(ClaimView.of(c)));
                c.source = from;
            }
            em.flush();
            for (int j = 0; j < claims.size(); j++) {
                Claim c = claims.get(j);
                // _undid: on the claim's own undo stack the unmerge takes the merge's row back
                sources.history(c, "source-unmerge", before.get(j), user,
                        Map.of("_undid", mergeRows.get(c.id), "_sourceMerge", m.id));
            }
        }
        m.undoneAt = OffsetDateTime.now();
        m.undoneBy = user;
        em.flush();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("merge", m.id);
        detail.put("name", m.fromName);
        detail.put("from", m.intoId);
        detail.put("fromName", into.name);
        detail.put("movedBack", movedBack.size());
        detail.put("stayed", stayed);
        AuditLog.record(user, "unmerge", "source", m.fromId, sources.toJson(detail));
        long claims = movedBack.size() + stayed.size();
        return new Unmerged(view(m, claims), sources.get(from.id), List.copyOf(movedBack), List.copyOf(stayed));
    }

    /** The merged-away source again, with its old id (links and history rows name it), and the survivor without its gains. */
    private Source restore(SourceMerge m, Source into) {
        em.createNativeQuery("""
                insert into source (id, name, type, surname, created_at)
                select from_id, from_name, from_type, from_surname, coalesce(from_created_at, now())
                from source_merge where id = ?1""").setParameter(1, m.id).executeUpdate();
        Source from = Source.findById(m.fromId);
        from.handles = new ArrayList<>(m.fromHandles);
        from.aliases = new ArrayList<>(m.fromAliases);
        from.keys = new ArrayList<>(m.fromKeys);
        into.aliases.removeAll(m.gainedAliases);
        into.keys.removeAll(m.gainedKeys);
        into.handles.removeAll(m.gainedHandles);
        if (m.gainedSurname != null && m.gainedSurname.equals(into.surname)) {
            into.surname = null;
        }
        em.flush();
        return from;
    }

    /**
     * Sorts the merge's claims into those still on the survivor because of the merge (movedBack) and
     * the others (stayed): a later change of the claim's source that is still in effect (not undone)
     * means a person put it where it is. Returns each claim's merge history row.
     */
    private Map<Long, Long> stillOnSurvivor(SourceMerge m, List<Long> movedBack, List<Long> stayed) {
        Map<Long, Long> mergeRow = new LinkedHashMap<>();
        Map<Long, Long> sourceNow = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select mc.claim_id, mc.history_id, c.source_id from source_merge_claim mc join claim c on c.id = mc.claim_id
                where mc.merge_id = ?1 order by mc.claim_id""").setParameter(1, m.id).getResultList()) {
            Object[] r = (Object[]) row;
            long claim = ((Number) r[0]).longValue();
            mergeRow.put(claim, ((Number) r[1]).longValue());
            sourceNow.put(claim, r[2] == null ? null : ((Number) r[2]).longValue());
        }
        // per claim, its changes since the merge still in effect: id -> whether it changed the source
        Map<Long, Map<Long, Boolean>> inEffect = new HashMap<>();
        mergeRow.forEach((claim, h) -> inEffect.computeIfAbsent(claim, k -> new LinkedHashMap<>()).put(h, false));
        for (Object row : em.createNativeQuery("""
                select h.claim_id, h.id, h.after->>'_undid',
                       (h.before->'source'->>'id') is distinct from (h.after->'source'->>'id')
                from source_merge_claim mc join claim_history h on h.claim_id = mc.claim_id and h.id > mc.history_id
                where mc.merge_id = ?1 order by h.claim_id, h.id""").setParameter(1, m.id).getResultList()) {
            Object[] r = (Object[]) row;
            Map<Long, Boolean> stack = inEffect.get(((Number) r[0]).longValue());
            if (r[2] != null) {
                stack.remove(Long.valueOf((String) r[2]));
            } else {
                stack.put(((Number) r[1]).longValue(), Boolean.TRUE.equals(r[3]));
            }
        }
        mergeRow.forEach((claim, h) -> {
            Map<Long, Boolean> stack = inEffect.get(claim);
            boolean back = stack.containsKey(h) && !stack.containsValue(true) && m.intoId.equals(sourceNow.get(claim));
            (back ? movedBack : stayed).add(claim);
        });
        return mergeRow;
    }
}
