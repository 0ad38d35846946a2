package org.claimtrack.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import PATH_OR_URL...}: sends files, folders, zips, JSON Lines and URLs to a running claimtrack,
 * then follows the import jobs with a text progress bar. Plain Java (no Quarkus), talking HTTP with a
 * personal API token (Bearer) or Basic auth, so it runs anywhere the jar or the source tree is.
 */
@Command(name = "import", mixinStandardHelpOptions = true, version = "claimtrack import 1",
        description = "Import articles into a running claimtrack: .txt (seed format), .html/.htm pages, .json/.jsonl"
                + " records {title, outlet, url, published, text}, .zip files of these, folders (walked), and http(s) URLs."
                + " Exit code 0 when everything was imported or was there already, 1 when some item failed, 2 on errors.")
public class ImportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".json",
            ".jsonl", ".ndjson", ".zip");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "files, folders, zips or http(s) URLs")
    List<String> inputs;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "claimtrack base URL (default ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--user", defaultValue = "${env:CLAIMTRACK_USER:-admin}", description = "an editor or admin (default ${DEFAULT-VALUE}; env CLAIMTRACK_USER)")
    String user;

    @Option(names = "--password", defaultValue = "${env:CLAIMTRACK_PASSWORD}", arity = "0..1", interactive = true,
            description = "the password (env CLAIMTRACK_PASSWORD; asked for when given without a value)")
    String password;

    @Option(names = "--token", defaultValue = "${env:CLAIMTRACK_TOKEN}",
            description = "a personal API token (made on your account page; env CLAIMTRACK_TOKEN); used instead of --user/--password")
    String token;

    @Option(names = "--outlet", description = "outlet for items that name none")
    String outlet;

    @Option(names = "--batch-bytes", defaultValue = "8000000",
            description = "most bytes per upload; larger collections become several jobs (default ${DEFAULT-VALUE})")
    long batchBytes;

    @Option(names = "--no-wait", description = "start the jobs and return without following them")
    boolean noWait;

    @Option(names = "--timeout", defaultValue = "3600", description = "seconds to follow the jobs at most (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((token == null || token.isBlank()) && (password == null || password.isEmpty())) {
            err.println("No credentials: give --token (or set CLAIMTRACK_TOKEN), or --password (or set CLAIMTRACK_PASSWORD)");
            return 2;
        }
        base = base.replaceAll("/+$", "");
        List<String> urls = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String in : inputs) {
            String lower = in.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                urls.add(in);
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> supported(f.getFileName().toString())).sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                err.println("No such file or folder: " + in);
                return 2;
            }
        }
        if (files.isEmpty() && urls.isEmpty()) {
            err.println("Nothing to import: the folders hold no .txt, .html, .json, .jsonl or .zip files");
            return 2;
        }
        List<Long> jobs = new ArrayList<>();
        try {
            for (List<Path> batch : batches(files)) {
                jobs.add(uploadFiles(batch, err));
            }
            if (!urls.isEmpty()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("urls", urls);
                if (outlet != null) {
                    body.put("outlet", outlet);
                }
                jobs.add(started(send(HttpRequest.newBuilder(uri("/api/imports")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))))));
            }
        } catch (ImportFailed e) {
            err.println(e.getMessage());
            return 2;
        } catch (ConnectException e) {
            err.println("Cannot reach claimtrack at " + base + ": is it running?");
            return 2;
        }
        jobs.removeIf(j -> j < 0);
        out.println("Started import job(s) " + jobs + " on " + base + " (" + files.size() + " file(s), " + urls.size()
                + " URL(s))");
        out.flush();
        if (noWait || jobs.isEmpty()) {
            return jobs.isEmpty() ? 1 : 0;
        }
        try {
            return follow(jobs, out);
        } catch (ImportFailed | ConnectException e) {
            out.println();
            err.println(e.getMessage() + " (the jobs go on in claimtrack: " + jobs + ")");
            return 2;
        }
    }

    static boolean supported(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Groups the files into uploads of at most --batch-bytes each (a larger single file goes alone). */
    List<List<Path>> batches(List<Path> files) throws IOException {
        List<List<Path>> out = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        long size = 0;
        for (Path f : files) {
            long s = Files.size(f);
            if (!current.isEmpty() && size + s > batchBytes) {
                out.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(f);
            size += s;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** One multipart upload; a batch the server refuses whole (nothing importable in it) is reported, not fatal. */
    private long uploadFiles(List<Path> batch, PrintWriter err) throws IOException, InterruptedException {
        String boundary = "claimtrack-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path f : batch) {
            String name = f.toString().replace('\\', '/').replace("\"", "'");
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (outlet != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"outlet\"\r\n\r\n" + outlet + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(auth(HttpRequest.newBuilder(uri("/api/imports")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 422 || r.statusCode() == 413) {
            err.println("Refused " + batch.size() + " file(s) (" + batch.get(0) + (batch.size() > 1 ? " …" : "") + "): "
                    + error(r));
            return -1;
        }
        return started(r);
    }

    private long started(HttpResponse<String> r) throws IOException {
        if (r.statusCode() != 202) {
            throw new ImportFailed("The server refused the import (" + r.statusCode() + "): " + error(r));
        }
        return JSON.readTree(r.body()).get("id").asLong();
    }

    /** Polls the jobs and draws the bar until all are finished; then lists the failed items. */
    private int follow(List<Long> jobs, PrintWriter out) throws IOException, InterruptedException {
        boolean tty = System.console() != null;
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        String last = "";
        long lastPrinted = 0;
        while (true) {
            int total = 0;
            int done = 0;
            int failed = 0;
            int skipped = 0;
            int pending = 0;
            List<JsonNode> views = new ArrayList<>();
            for (long id : jobs) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/imports/" + id)).GET());
                if (r.statusCode() != 200) {
                    throw new ImportFailed("Cannot read job " + id + " (" + r.statusCode() + "): " + error(r));
                }
                JsonNode j = JSON.readTree(r.body());
                views.add(j);
                total += j.get("total").asInt();
                done += j.get("done").asInt();
                failed += j.get("failed").asInt();
                skipped += j.get("skipped").asInt();
                pending += j.get("pending").asInt();
            }
            String line = bar(total, done, failed, skipped, pending);
            boolean finished = pending == 0;
            if (tty) {
                out.print("\r" + line);
            } else if (!line.equals(last) && (finished || System.nanoTime() - lastPrinted > 2_000_000_000L)) {
                out.println(line);
                lastPrinted = System.nanoTime();
            }
            last = line;
            out.flush();
            if (finished) {
                if (tty) {
                    out.println();
                }
                for (JsonNode j : views) {
                    for (JsonNode item : j.get("items")) {
                        if ("FAILED".equals(item.get("status").asText())) {
                            out.println("  failed: " + item.get("name").asText() + ": " + item.get("error").asText());
                        }
                    }
                }
                out.println("Imported " + done + ", already there " + skipped + ", failed " + failed + " of " + total
                        + (jobs.size() == 1 ? " (job " + jobs.get(0) + ": " + base + "/imports/" + jobs.get(0) + ")" : ""));
                out.flush();
                return failed > 0 ? 1 : 0;
            }
            if (System.nanoTime() > deadline) {
                out.println();
                out.println("Still running after " + timeoutSeconds + " s; the jobs go on in claimtrack: " + jobs);
                return 1;
            }
            Thread.sleep(500);
        }
    }

    static String bar(int total, int done, int failed, int skipped, int pending) {
        int finished = total - pending;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * finished / total);
        int pct = total == 0 ? 100 : (int) (100L * finished / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + String.format("%3d%%", pct) + " " + finished
                + "/" + total + "  imported " + done + "  skipped " + skipped + "  failed " + failed;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(auth(b).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder auth(HttpRequest.Builder b) {
        // a token costs the server a SHA-256; Basic costs it a bcrypt on every call
        String credentials = token != null && !token.isBlank() ? "Bearer " + token.strip() : "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return b.timeout(Duration.ofMinutes(5)).header("Accept", "application/json").header("Authorization", credentials);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private String error(HttpResponse<String> r) {
        if (r.statusCode() == 401) {
            return token != null && !token.isBlank() ? "unknown or revoked token" : "wrong user or password";
        }
        if (r.statusCode() == 403) {
            return "this user may not import (an editor or admin can)";
        }
        try {
            JsonNode e = JSON.readTree(r.body()).get("error");
            return e == null ? r.body() : e.asText();
        } catch (IOException ex) {
            return r.body().length() > 200 ? r.body().substring(0, 200) : r.body();
        }
    }

    static final class ImportFailed extends RuntimeException {
        ImportFailed(String message) {
            super(message);
        }
    }
}
