package io.github.boxmaven.standin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTPS forward proxy on loopback, as a corporate one behaves: it tunnels {@code CONNECT} requests
 * to loopback targets only, demands Basic credentials ({@value #USER} / {@value #PASSWORD}, answering
 * 407 otherwise), and counts what it did. A plain request to the proxy itself, {@code GET
 * /__proxy/forwarded} or {@code GET /__proxy/challenged}, tells the counts; a plain request under
 * {@code /__hostile/} gets {@link #HOSTILE_STATUS_LINE}; any other plain request is refused with 403, since the
 * plugin sends nothing in clear text through a proxy.
 */
public final class RecordingProxy implements AutoCloseable {
    public static final String USER = "proxyuser";
    public static final String PASSWORD = "proxyPASSWORDcanary";
    /**
     * What a hostile server or TLS-inspecting box answers to a plain request under {@code /__hostile/}: a status
     * line with a terminal escape and lone CRs, behind which GitHub would read its own workflow commands.
     */
    public static final String HOSTILE_STATUS_LINE = "HTTP/1.1 200\u001b[2J\r::error title=INJECTED::forged by the"
            + " server\r::add-mask::x\r\nContent-Length: 0\r\n\r\n";

    private final ServerSocket server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "recording-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger challenged = new AtomicInteger();

    private RecordingProxy(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    }

    public static RecordingProxy start(int port) throws IOException {
        RecordingProxy proxy = new RecordingProxy(port);
        proxy.executor.execute(proxy::accept);
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Tunnels opened. */
    public int forwarded() {
        return forwarded.get();
    }

    /** Requests answered with 407. */
    public int challenged() {
        return challenged.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        executor.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                executor.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (Socket socket = client) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String requestLine = readLine(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = readHeaders(in);
                String[] parts = requestLine.split(" ");
                if (parts.length < 2) {
                    respond(out, "400 Bad Request", "");
                    return;
                }
                if (parts[1].startsWith("/__hostile/")) {
                    out.write(HOSTILE_STATUS_LINE.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return;
                }
                if (parts[1].startsWith("/__proxy/")) {
                    respond(out, "200 OK", String.valueOf(parts[1].equals("/__proxy/challenged") ? challenged.get()
                            : forwarded.get()));
                    continue;
                }
                if (!parts[0].equals("CONNECT")) {
                    respond(out, "403 Forbidden", "");
                    return;
                }
                String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
                if (!expected.equals(headers.get("proxy-authorization"))) {
                    challenged.incrementAndGet();
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                int colon = parts[1].lastIndexOf(':');
                String host = parts[1].substring(0, colon);
                if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                    respond(out, "403 Forbidden", "");
                    return;
                }
                tunnel(socket, in, out, host, Integer.parseInt(parts[1].substring(colon + 1)));
                return;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to record
        }
    }

    private void tunnel(Socket client, InputStream in, OutputStream out, String host, int port) throws IOException {
        try (Socket target = new Socket(host, port)) {
            forwarded.incrementAndGet();
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            executor.execute(() -> pipe(in, target));
            pipe(target.getInputStream(), client);
        }
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed
        }
    }

    private static void respond(OutputStream out, String status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
