package io.github.boxmaven.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain-HTTP forward proxy on loopback that demands Basic credentials ({@value #USER} /
 * {@value #PASSWORD}, answering 407 otherwise), forwards to loopback targets only, and counts what
 * it forwarded: {@code GET /__proxy/forwarded} (a request to the proxy itself) tells how many.
 */
public final class RecordingProxy implements AutoCloseable {
    public static final String USER = "proxyuser";
    public static final String PASSWORD = "proxypass";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "recording-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger challenged = new AtomicInteger();

    private RecordingProxy(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public static RecordingProxy start(int port) throws IOException {
        RecordingProxy proxy = new RecordingProxy(port);
        proxy.server.start();
        return proxy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int forwarded() {
        return forwarded.get();
    }

    public int challenged() {
        return challenged.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI target = exchange.getRequestURI();
            if (!target.isAbsolute()) {
                String counts = target.getPath().equals("/__proxy/challenged") ? String.valueOf(challenged.get())
                        : String.valueOf(forwarded.get());
                byte[] body = counts.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                challenged.incrementAndGet();
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"test proxy\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            String host = target.getHost();
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            forwarded.incrementAndGet();
            forward(exchange, target);
        } finally {
            exchange.close();
        }
    }

    private static void forward(HttpExchange exchange, URI target) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection(Proxy.NO_PROXY);
        connection.setRequestMethod(exchange.getRequestMethod());
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            String name = header.getKey();
            if (!name.equalsIgnoreCase("Proxy-Authorization") && !name.equalsIgnoreCase("Host")
                    && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Content-Length")) {
                connection.setRequestProperty(name, String.join(",", header.getValue()));
            }
        }
        if (exchange.getRequestMethod().equals("POST")) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                exchange.getRequestBody().transferTo(out);
            }
        }
        int status = connection.getResponseCode();
        for (String name : new String[] {"Content-Type", "WWW-Authenticate", "box-request-id", "Retry-After"}) {
            String value = connection.getHeaderField(name);
            if (value != null) {
                exchange.getResponseHeaders().set(name, value);
            }
        }
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        byte[] body = in == null ? new byte[0] : in.readAllBytes();
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
