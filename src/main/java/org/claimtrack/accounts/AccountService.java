package org.claimtrack.accounts;

import java.security.SecureRandom;
import java.util.Base64;

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

    @Inject
    ClaimtrackConfig config;

    /** First start on an empty database: create the admin (before seeds load, hence the priority). */
    @Transactional
    void createFirstAdmin(@Observes @Priority(10) StartupEvent ev) {
        if (User.count() > 0) {
            return;
        }
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // printed once: it is stored only as a bcrypt hash
            LOG.warnf("%n%n  Created admin user '%s' with generated password: %s%n"
                    + "  (set CLAIMTRACK_ADMIN_PASSWORD to choose it; change it on the admin page)%n",
                    config.admin().user(), password);
        }
        User.create(config.admin().user(), password, Roles.expand(Roles.ADMIN));
    }

    @Transactional
    public User create(String username, String password, String role) {
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{1,64}")) {
            throw new IllegalArgumentException("user names are 1-64 letters, digits or _ . @ -");
        }
        checkPassword(password);
        if (User.findByUsername(username) != null) {
            throw new IllegalStateException("user '" + username + "' exists already");
        }
        return User.create(username, password, Roles.expand(role));
    }

    @Transactional
    public void setRole(String username, String role) {
        User u = require(username);
        u.roles = Roles.expand(role);
    }

    @Transactional
    public void resetPassword(String username, String password) {
        checkPassword(password);
        require(username).passwordHash = BcryptUtil.bcryptHash(password);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8 || password.length() > 200) {
            throw new IllegalArgumentException("passwords have 8 to 200 characters");
        }
    }

    private static User require(String username) {
        User u = User.findByUsername(username);
        if (u == null) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
        return u;
    }
}
