package org.claimtrack.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Who runs the embedded PostgreSQL of a data folder: the JVM that holds an OS lock on the file
 * {@code <folder>.owner} next to it (PostgreSQL wants its own folder to itself), which also names
 * that JVM's pid and the server's port. The operating system drops the lock when the JVM dies, however
 * it dies, so "lock taken" means a live owner and "lock free" means that any postgres still running
 * on the folder is an orphan.
 */
final class PgDataOwner implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private PgDataOwner(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileFor(Path data) {
        return data.resolveSibling(data.getFileName() + ".owner");
    }

    /** Takes the folder, or refuses (IllegalStateException naming the running owner) when a live JVM has it. */
    static PgDataOwner acquire(Path data) {
        Path file = fileFor(data);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very JVM has it already
            }
            if (lock == null) {
                ch.close();
                throw new IllegalStateException("The database folder " + data + " is in use by a running claimtrack ("
                        + describe(file) + "). This start stops here and leaves that instance serving: stop it first,"
                        + " or set CLAIMTRACK_DB_DIR to another folder.");
            }
            PgDataOwner owner = new PgDataOwner(file, ch, lock);
            owner.record(null);
            return owner;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    /** What the owner file says, e.g. "pid 1234, port 5432, since ...". */
    static String describe(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "owner unknown" : s;
        } catch (IOException e) {
            return "owner unknown";
        }
    }

    /** Writes this JVM's pid and the server's port (null while it starts) into the owner file. */
    void record(Integer port) throws IOException {
        String s = "pid " + ProcessHandle.current().pid() + (port == null ? ", starting" : ", port " + port)
                + ", since " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
