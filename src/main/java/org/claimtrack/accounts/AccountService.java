package org.claimtrack.accounts;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ClaimtrackConfig config;

    @Inject
    AccountCache cache;

    /** First start on an empty database: create the admin (before seeds load, hence the priority). */
    @Transactional
    void createFirstAdmin(@Observes @Priority(10) StartupEvent ev) {
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (User.count() > 0) {
            if (password != null) {
                // said aloud: a password set after the first start would otherwise be ignored silently
                LOG.warnf("admin exists; CLAIMTRACK_ADMIN_PASSWORD ignored (it sets the password of the first admin only;"
                        + " to reset a password: bin/claimtrack reset-password %s, see README)", config.admin().user());
            }
            return;
        }
        String refusal = password == null ? null : PasswordPolicy.refusal(password, config.admin().user());
        if (refusal != null) {
            // a weak first admin would be the easiest way in: refuse to start rather than create it
            throw new IllegalStateException("CLAIMTRACK_ADMIN_PASSWORD is refused: " + refusal
                    + " (at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password)");
        }
        if (password == null) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // printed once: it is stored only as a bcrypt hash
            LOG.warnf("%n%n  Created admin user '%s' with generated password: %s%n"
                    + "  (set CLAIMTRACK_ADMIN_PASSWORD to choose it; change it on the admin page)%n",
                    config.admin().user(), password);
        }
        User.create(config.admin().user(), password, Roles.expand(Roles.ADMIN), config.admin().hashCost());
    }

    /** An account as the admin page and {@code /api/users} show it (never the hash). */
    public record UserView(String username, String role, String roles, OffsetDateTime createdAt, boolean disabled) {
        static UserView of(User u) {
            return new UserView(u.username, Roles.primary(u.roles), u.roles, u.createdAt, u.disabled);
        }
    }

    @Transactional
    public List<UserView> list() {
        return User.<User>list("order by username").stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView get(String username) {
        return UserView.of(require(username));
    }

    /** 422 for a bad name, password or role; 409 when the name is taken. */
    @Transactional
    public UserView create(String username, String password, String role) {
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{1,64}")) {
            throw ApiError.of(422, "user names are 1-64 letters, digits or _ . @ -");
        }
        checkPassword(password, username);
        String roles = expand(role);
        if (User.findByUsername(username) != null) {
            throw ApiError.of(409, "user '" + username + "' exists already");
        }
        cache.changed(username);
        return UserView.of(User.create(username, password, roles, config.admin().hashCost()));
    }

    /** Changes a role; an admin cannot take away the last admin account (nobody could manage users then). */
    @Transactional
    public UserView setRole(String username, String role) {
        User u = require(username);
        String roles = expand(role);
        if (Roles.ADMIN.equals(Roles.primary(u.roles)) && !Roles.ADMIN.equals(role)
                && User.<User>listAll().stream().filter(x -> Roles.ADMIN.equals(Roles.primary(x.roles))).count() <= 1) {
            throw ApiError.of(422, "'" + username + "' is the last admin: make someone else admin first");
        }
        u.roles = roles;
        cache.changed(u.username);
        return UserView.of(u);
    }

    /**
     * Disables (or enables again) an account: a disabled user's next request, with a session cookie or
     * Basic, is refused. Nobody disables themselves, and the last enabled admin stays.
     */
    @Transactional
    public UserView setDisabled(String username, boolean disabled, String actingUser) {
        User u = require(username);
        if (disabled && u.username.equals(actingUser)) {
            throw ApiError.of(422, "you cannot disable your own account");
        }
        if (disabled && !u.disabled && Roles.ADMIN.equals(Roles.primary(u.roles))
                && User.<User>listAll().stream().filter(x -> !x.disabled && Roles.ADMIN.equals(Roles.primary(x.roles)))
                        .count() <= 1) {
            throw ApiError.of(422, "'" + username + "' is the last admin: make someone else admin first");
        }
        u.disabled = disabled;
        cache.changed(u.username);
        return UserView.of(u);
    }

    /** A new password ends every session of the account (issue 19, item 12). */
    @Transactional
    public void resetPassword(String username, String password) {
        User u = require(username);
        checkPassword(password, u.username);
        u.passwordHash = BcryptUtil.bcryptHash(password, config.admin().hashCost());
        u.sessionKey = null;
        cache.changed(u.username);
    }

    /** The key this user's browser sessions carry, drawn at the first login after the last logout. */
    @Transactional
    public String sessionKey(String username) {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        // set only where none is set: two logins at once both get the one key that won
        User.getEntityManager().createNativeQuery("update app_user set session_key = :k where username = :u and session_key is null")
                .setParameter("k", Base64.getUrlEncoder().withoutPadding().encodeToString(b)).setParameter("u", username)
                .executeUpdate();
        cache.changed(username);
        Object key = User.getEntityManager().createNativeQuery("select session_key from app_user where username = :u")
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        return key == null ? null : key.toString();
    }

    /** Whether a session cookie's key is the user's current one (null: no session is valid). */
    static boolean sameKey(String current, String presented) {
        return current != null && presented != null && java.security.MessageDigest.isEqual(
                current.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Ends every browser session of the user (logout; a password reset does it too). */
    @Transactional
    public void endSessions(String username) {
        User u = User.findByUsername(username);
        if (u != null) {
            u.sessionKey = null;
        }
        cache.changed(username);
    }

    private static String expand(String role) {
        try {
            return Roles.expand(role == null ? "" : role.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(422, e.getMessage());
        }
    }

    private static void checkPassword(String password, String username) {
        String refusal = PasswordPolicy.refusal(password, username);
        if (refusal != null) {
            throw ApiError.of(422, refusal);
        }
    }

    private static User require(String username) {
        User u = username == null ? null : User.findByUsername(username);
        if (u == null) {
            throw ApiError.of(404, "no user '" + username + "'");
        }
        return u;
    }
}
