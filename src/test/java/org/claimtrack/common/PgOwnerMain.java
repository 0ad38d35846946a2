package org.claimtrack.common;

import java.nio.file.Path;

/** A second JVM for {@link SecondStartTest}: starts the embedded PostgreSQL as the app does and waits. */
public final class PgOwnerMain {

    private PgOwnerMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("claimtrack.db.dir", args[0]);
        String url = EmbeddedPostgresConfigSource.jdbcUrl();
        long pid = EmbeddedPostgresConfigSource.postmasterPid(Path.of(args[0]));
        System.out.println("READY " + pid + " " + EmbeddedPostgresConfigSource.start().getPort() + " " + url);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
