package org.claimtrack.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.common.TextBody;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

/**
 * Turns uploaded files into job items: a zip is opened (safely), JSON Lines are split into one item a
 * line, and what is cheap to check (type, UTF-8, JSON) is checked now, so a bad file becomes a failed
 * item with its reason while the rest of the batch goes on.
 */
@ApplicationScoped
public class UploadParser {

    /** One future item: content to process, or the error that failed it on upload. */
    public record Draft(String name, ImportKind kind, byte[] content, String error) {

        static Draft ok(String name, ImportKind kind, byte[] content) {
            return new Draft(name, kind, content, null);
        }

        static Draft failed(String name, ImportKind kind, String error) {
            return new Draft(name, kind, null, error);
        }
    }

    /** A compression ratio above this on a large entry is taken for a zip bomb. */
    private static final int MAX_RATIO = 200;

    @Inject
    ClaimtrackConfig config;

    /** Counts bytes over all files of one upload, so that expansion stays bounded. */
    final class Budget {
        long used;

        void take(long n) {
            used += n;
            if (used > config.imports().maxExpandedBytes()) {
                throw ApiError.of(413, "the upload expands to more than " + config.imports().maxExpandedBytes()
                        + " bytes: split it into smaller uploads");
            }
        }
    }

    public Budget budget() {
        return new Budget();
    }

    /** The drafts of one uploaded file. */
    public List<Draft> parse(String fileName, byte[] bytes, Budget budget) {
        List<Draft> out = new ArrayList<>();
        String name = cleanName(fileName);
        budget.take(bytes.length);
        add(out, name, bytes, budget, true);
        return out;
    }

    /** Drafts for URLs, one a line; blank lines and {@code #} comments are ignored. */
    public List<Draft> urls(String lines) {
        List<Draft> out = new ArrayList<>();
        if (lines == null) {
            return out;
        }
        for (String line : lines.split("\\R")) {
            String u = line.strip();
            if (u.isEmpty() || u.startsWith("#")) {
                continue;
            }
            String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            if (u.indexOf('\0') >= 0) {
                out.add(Draft.failed(u.replace("\0", "\\0"), ImportKind.URL, "URL contains a NUL character"));
            } else if (u.length() > 2000) {
                out.add(Draft.failed(u.substring(0, 200) + "…", ImportKind.URL, "URL longer than 2000 characters"));
            } else if (!scheme.equals("http") && !scheme.equals("https")) {
                out.add(Draft.failed(u, ImportKind.URL, "only http and https URLs can be imported"));
            } else {
                out.add(Draft.ok(u, ImportKind.URL, u.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private void add(List<Draft> out, String name, byte[] bytes, Budget budget, boolean topLevel) {
        String lower = name.toLowerCase(Locale.ROOT);
        int maxFile = config.imports().fetch().maxBytes();
        if (lower.endsWith(".zip")) {
            if (!topLevel) {
                out.add(Draft.failed(name, ImportKind.TEXT, "a zip inside a zip is not opened: upload it on its own"));
                return;
            }
            unzip(out, name, bytes, budget);
            return;
        }
        ImportKind kind = kindOf(lower);
        if (kind == null) {
            out.add(Draft.failed(name, ImportKind.TEXT,
                    "unsupported file type: use .txt, .html, .htm, .json, .jsonl or .zip"));
            return;
        }
        if (bytes.length == 0) {
            out.add(Draft.failed(name, kind, "empty file"));
            return;
        }
        if (bytes.length > maxFile) {
            out.add(Draft.failed(name, kind, "file larger than " + maxFile + " bytes"));
            return;
        }
        if (kind == ImportKind.HTML) {
            // a page states its own charset (meta or byte order mark): decoded when processed
            out.add(Draft.ok(name, kind, bytes));
            return;
        }
        String text;
        try {
            text = TextBody.decode(bytes);
        } catch (WebApplicationException e) {
            out.add(Draft.failed(name, kind, ImportService.message(e)));
            return;
        }
        if (kind == ImportKind.TEXT) {
            out.add(Draft.ok(name, kind, bytes));
        } else if (lower.endsWith(".json")) {
            out.add(json(name, text.strip()));
        } else {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(json(name + " line " + (i + 1), lines[i].strip()));
                }
            }
        }
    }

    private static Draft json(String name, String line) {
        try {
            JsonRecord.parse(line);
            return Draft.ok(name, ImportKind.JSON, line.getBytes(StandardCharsets.UTF_8));
        } catch (WebApplicationException e) {
            return Draft.failed(name, ImportKind.JSON, ImportService.message(e));
        }
    }

    static ImportKind kindOf(String lowerName) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text")) {
            return ImportKind.TEXT;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return ImportKind.HTML;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson") || lowerName.endsWith(".json")) {
            return ImportKind.JSON;
        }
        return null;
    }

    private void unzip(List<Draft> out, String zipName, byte[] bytes, Budget budget) {
        int maxFile = config.imports().fetch().maxBytes();
        int entries = 0;
        // the sizes an entry declares can lie (or be absent): measure what goes in and what comes out
        ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
        try (ZipInputStream zin = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                String entry = e.getName();
                if (unsafe(entry)) {
                    throw ApiError.of(422, "refusing " + zipName + ": entry '" + entry
                            + "' has an absolute or '..' path");
                }
                if (++entries > config.imports().maxZipEntries()) {
                    throw ApiError.of(413, zipName + " has more than " + config.imports().maxZipEntries() + " entries");
                }
                if (e.isDirectory() || skipped(entry)) {
                    continue;
                }
                int before = raw.available();
                byte[] content = readBounded(zin, maxFile + 1L, budget);
                long compressed = Math.max(1, before - raw.available());
                if (content.length > 256 * 1024 && content.length / compressed > MAX_RATIO) {
                    throw ApiError.of(413, "refusing " + zipName + ": entry '" + entry + "' expands "
                            + (content.length / compressed) + " times (a zip bomb?)");
                }
                String name = zipName + "/" + entry.replace("\0", "");
                if (content.length > maxFile) {
                    out.add(Draft.failed(name, ImportKind.TEXT, "file larger than " + maxFile + " bytes"));
                    continue;
                }
                add(out, name, content, budget, false);
            }
        } catch (ZipException ex) {
            throw ApiError.of(422, zipName + " is not a valid zip: " + ex.getMessage());
        } catch (IOException ex) {
            throw ApiError.of(422, "cannot read " + zipName + ": " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            // ZipInputStream's answer to entry names that are not UTF-8
            throw ApiError.of(422, zipName + " has an unreadable entry name: " + ex.getMessage());
        }
        if (entries == 0) {
            throw ApiError.of(422, zipName + " is empty or not a zip file");
        }
    }

    private static byte[] readBounded(InputStream in, long limit, Budget budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        int n;
        while ((n = in.read(buf)) >= 0) {
            budget.take(n);
            out.write(buf, 0, n);
            if (out.size() >= limit) {
                break;
            }
        }
        return out.toByteArray();
    }

    static boolean unsafe(String entry) {
        String e = entry.replace('\\', '/');
        if (e.startsWith("/") || e.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : e.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean skipped(String entry) {
        String e = entry.replace('\\', '/');
        String base = e.substring(e.lastIndexOf('/') + 1);
        return e.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty();
    }

    /** The name as shown in the job: no folders of the uploader's disk, no control characters. */
    static String cleanName(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "upload" : fileName;
        n = n.replaceAll("\\p{Cntrl}", "").strip();
        if (n.length() > 300) {
            n = n.substring(n.length() - 300);
        }
        return n.isEmpty() ? "upload" : n;
    }
}
