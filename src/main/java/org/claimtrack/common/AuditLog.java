package org.claimtrack.common;

import java.time.OffsetDateTime;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A removal (or another act that leaves nothing else behind): who, when, what it was. */
@Entity
@Table(name = "audit_log")
public class AuditLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at = OffsetDateTime.now();

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String action;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id")
    public Long objectId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String detail;

    /** Adds a row; must run in the caller's transaction, so the act and its record commit together. */
    public static AuditLog record(String user, String action, String objectType, Long objectId, String detailJson) {
        AuditLog a = new AuditLog();
        a.username = user;
        a.action = action;
        a.objectType = objectType;
        a.objectId = objectId;
        a.detail = detailJson;
        a.persist();
        return a;
    }

    public static List<AuditLog> newest(int limit) {
        return find("order by at desc, id desc").page(0, limit).list();
    }
}
