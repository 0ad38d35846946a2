package org.claimtrack.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

/**
 * Takes one pending item at a time from the shared queue and does it. The item's row stays locked
 * ({@code FOR UPDATE SKIP LOCKED}, on a connection of its own) until its outcome is committed: other
 * workers, in this process or another, skip it meanwhile, and if this process dies the lock goes with
 * its connection and the item is simply pending again. The article's content hash makes that retry safe.
 */
public class ImportWorker {

    private final DataSource ds;
    private final ImportService service;
    private final String name;
    private final LongConsumer onItem;

    /** {@code onItem} hears the id of every item this worker committed (tests count them). */
    public ImportWorker(DataSource ds, ImportService service, String name, LongConsumer onItem) {
        this.ds = ds;
        this.service = service;
        this.name = name;
        this.onItem = onItem;
    }

    public String name() {
        return name;
    }

    /** Does one item if there is one; false when the queue had nothing for this worker. */
    public boolean runOne() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id = claimAndDo(c);
                c.commit();
                if (id < 0) {
                    return false;
                }
                if (onItem != null) {
                    onItem.accept(id);
                }
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The id of the item done, or -1. */
    private long claimAndDo(Connection c) throws SQLException {
        long id;
        long jobId;
        String itemName;
        ImportKind kind;
        byte[] content;
        String outlet;
        String user;
        try (PreparedStatement ps = c.prepareStatement("""
                select i.id, i.job_id, i.name, i.kind, i.content, j.outlet, j.created_by
                from import_item i join import_job j on j.id = i.job_id
                where i.status = 'PENDING' order by i.id limit 1 for update of i skip locked""");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return -1;
            }
            id = rs.getLong(1);
            jobId = rs.getLong(2);
            itemName = rs.getString(3);
            kind = ImportKind.valueOf(rs.getString(4));
            content = rs.getBytes(5);
            outlet = rs.getString(6);
            user = rs.getString(7);
        }
        // the article is stored in transactions of its own; this row lock only says "mine"
        ImportService.Outcome o = service.process(id, kind, itemName, content, outlet, user);
        try (PreparedStatement ps = c.prepareStatement("""
                update import_item set status = ?, article_id = ?, error = ?, worker = ?, attempts = attempts + 1,
                    finished_at = now(), content = case when ? = 'FAILED' then content else null end
                where id = ?""")) {
            ps.setString(1, o.status().name());
            if (o.articleId() == null) {
                ps.setNull(2, java.sql.Types.BIGINT);
            } else {
                ps.setLong(2, o.articleId());
            }
            ps.setString(3, o.error());
            ps.setString(4, name);
            ps.setString(5, o.status().name());
            ps.setLong(6, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update import_job set finished_at = now() where id = ? and finished_at is null
                and not exists (select 1 from import_item where job_id = ? and status = 'PENDING' and id <> ?)""")) {
            ps.setLong(1, jobId);
            ps.setLong(2, jobId);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        return id;
    }
}
