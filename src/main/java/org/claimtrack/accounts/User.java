package org.claimtrack.accounts;

import java.time.OffsetDateTime;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account; the password is stored as a bcrypt hash (Modular Crypt Format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated: admin, editor, checker, viewer. */
    @Roles
    @Column(nullable = false)
    public String roles;

    /** The key every browser session of this user must show (cookie claimtrack-sid); null: no session is valid. */
    @Column(name = "session_key")
    public String sessionKey;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** Disabled by an admin: neither login nor API calls get through (DisabledAccounts). */
    @Column(nullable = false)
    public boolean disabled;

    public static User create(String username, String password, String roles, int hashCost) {
        User u = new User();
        u.username = username;
        u.passwordHash = BcryptUtil.bcryptHash(password, hashCost);
        u.roles = roles;
        u.persist();
        return u;
    }

    public static User findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
