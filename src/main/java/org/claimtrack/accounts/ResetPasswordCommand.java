package org.claimtrack.accounts;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimtrack.cli.CliErrors;
import org.claimtrack.common.EmbeddedPostgresConfigSource;

import io.quarkus.elytron.security.common.BcryptUtil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reset-password [USER]}: sets a user's password straight in the database, for the admin who cannot
 * log in any more. Works whether claimtrack runs or not: the database is the one claimtrack uses
 * ({@code QUARKUS_DATASOURCE_JDBC_URL}, else the embedded one in {@code CLAIMTRACK_DB_DIR}, default
 * {@code ./data/pgdata}, reached on its running server or started for the command).
 */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Set a user's password in claimtrack's database (the app may be running). Without --password"
                + " the password comes from CLAIMTRACK_ADMIN_PASSWORD, else a random one is made and printed.")
public class ResetPasswordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "USER", defaultValue = "${env:CLAIMTRACK_ADMIN_USER:-admin}",
            description = "the account (default ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password", arity = "0..1", interactive = true,
            description = "the new password, 10 to 200 characters and not a common one (asked for when given without a value)")
    String password;

    @Option(names = "--jdbc-url", defaultValue = "${env:QUARKUS_DATASOURCE_JDBC_URL}",
            description = "the database (default: env QUARKUS_DATASOURCE_JDBC_URL, else the embedded one)")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "${env:QUARKUS_DATASOURCE_USERNAME:-postgres}")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:QUARKUS_DATASOURCE_PASSWORD}")
    String dbPassword;

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String chosen = password != null && !password.isEmpty() ? password : System.getenv("CLAIMTRACK_ADMIN_PASSWORD");
        boolean generated = chosen == null || chosen.isBlank();
        if (generated) {
            chosen = generate();
        }
        String refusal = PasswordPolicy.refusal(chosen, user);
        if (refusal != null) {
            err.println("claimtrack: " + refusal);
            return CliErrors.INPUT;
        }
        // a new password ends the user's browser sessions, as a reset through the app does
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(
                "update app_user set password_hash = ?, session_key = null where username = ?")) {
            st.setString(1, BcryptUtil.bcryptHash(chosen, 10));
            st.setString(2, user);
            if (st.executeUpdate() == 0) {
                err.println("claimtrack: no user '" + user + "' (users: " + String.join(", ", users(c)) + ")");
                return CliErrors.INPUT;
            }
        }
        out.println(generated ? "New password of '" + user + "': " + chosen : "Password of '" + user + "' changed");
        out.flush();
        return CliErrors.OK;
    }

    private Connection connect() throws IOException, SQLException {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
        }
        Path data = Path.of(System.getenv().getOrDefault("CLAIMTRACK_DB_DIR", "data/pgdata")).toAbsolutePath();
        Integer port = runningPort(data);
        if (port != null) {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
        }
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            throw new IOException("no claimtrack database in " + data + " (start claimtrack there once, or give --jdbc-url)");
        }
        return DriverManager.getConnection(EmbeddedPostgresConfigSource.jdbcUrl(), "postgres", null);
    }

    /** The port of the PostgreSQL that a running claimtrack has on this folder (line 4 of postmaster.pid), or null. */
    static Integer runningPort(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        boolean alive = !lines.isEmpty() && ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive)
                .orElse(false);
        return alive && lines.size() > 3 ? Integer.valueOf(lines.get(3).trim()) : null;
    }

    private static List<String> users(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("select username from app_user order by username")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static String generate() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
