package org.claimtrack.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET to exactly the address given, with the URL's host in {@code Host}, in TLS SNI and in
 * the certificate check. The JDK's clients resolve the host name again when they connect, which leaves a
 * DNS-rebinding window between the address check and the connection (issue 19, item 2); this client
 * never resolves anything. No proxy, no cookies, no compression, {@code Connection: close}.
 */
final class PinnedHttp {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    record Response(int status, Map<String, List<String>> headers, InputStream body, Socket socket) implements Closeable {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a finished fetch
            }
        }
    }

    private PinnedHttp() {
    }

    static Response get(URI uri, InetAddress address, Duration connectTimeout, Duration readTimeout, String userAgent,
            String accept) throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            if (https) {
                socket = tls(socket, host, port);
            }
            String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String hostHeader = host + (uri.getPort() >= 0 && uri.getPort() != (https ? 443 : 80) ? ":" + port : "");
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: " + userAgent
                    + "\r\nAccept: " + accept + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String[] head = readHead(in).split("\r\n");
            String[] statusLine = head[0].split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response");
            }
            int status = Integer.parseInt(statusLine[1]);
            Map<String, List<String>> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(head[i].substring(colon + 1).strip());
                }
            }
            return new Response(status, headers, body(in, headers), socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** TLS over the connected socket: the certificate must name the URL's host. */
    private static Socket tls(Socket plain, String host, int port) throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, name, port, true);
        SSLParameters p = ssl.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !name.matches("[0-9.]+")) {
            p.setServerNames(List.of(new SNIHostName(name)));
        }
        ssl.setSSLParameters(p);
        ssl.startHandshake();
        return ssl;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the connection closed before the response head");
            }
            head.write(c);
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("response head too large");
            }
            state = c == '\r' && (state == 0 || state == 2) ? state + 1 : c == '\n' && (state == 1 || state == 3) ? state + 1 : 0;
        }
        String s = head.toString(StandardCharsets.ISO_8859_1);
        return s.substring(0, s.length() - 4);
    }

    private static InputStream body(InputStream in, Map<String, List<String>> headers) throws IOException {
        List<String> te = headers.get("transfer-encoding");
        if (te != null && String.join(",", te).toLowerCase(Locale.ROOT).contains("chunked")) {
            return new Chunked(in);
        }
        List<String> cl = headers.get("content-length");
        if (cl != null) {
            try {
                return new Limited(in, Long.parseLong(cl.get(0).strip()));
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length");
            }
        }
        return in;
    }

    /** Exactly {@code remaining} bytes, then end of stream. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private long remaining;

        Limited(InputStream in, long length) {
            this.in = in;
            this.remaining = Math.max(0, length);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("the body ended early");
            }
            remaining -= n;
            return n;
        }
    }

    /** Transfer-Encoding: chunked, trailers skipped. */
    private static final class Chunked extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                left = nextSize();
                if (left == 0) {
                    while (!line().isEmpty()) {
                        // trailer fields
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the body ended inside a chunk");
            }
            left -= n;
            if (left == 0 && !line().isEmpty()) {
                throw new IOException("bad chunk end");
            }
            return n;
        }

        private long nextSize() throws IOException {
            String l = line();
            int semi = l.indexOf(';');
            try {
                long size = Long.parseLong((semi < 0 ? l : l.substring(0, semi)).strip(), 16);
                if (size < 0) {
                    throw new IOException("bad chunk size");
                }
                return size;
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size");
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c; (c = in.read()) != '\n';) {
                if (c < 0) {
                    throw new EOFException("the body ended inside a chunk header");
                }
                if (sb.length() > 1024) {
                    throw new IOException("chunk header too long");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }
    }
}
