package io.github.boxmaven.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that answers like Box (see shared/box-api.md), for the integration tests,
 * the demo and the benchmarks. What it answers depends on the token's first word, so that many
 * builds can share one stand-in:
 *
 * <ul>
 *   <li>{@code valid...}: 200 with a user; {@code rejected...} or anything unknown: 401 with an empty body;
 *   <li>{@code forbidden...}: 403 insufficient_scope; {@code unavailable...}: 503 with Box's error body;
 *   <li>{@code ratelimited...}: 429 with {@code Retry-After: 1} the first time, then 200;
 *   <li>{@code silent...}: never answers (until the client gives up).
 * </ul>
 *
 * A path prefix picks other personas: {@code /html/...} answers 200 with a captive-portal page,
 * {@code /empty/...} answers 200 with {@code {}}. {@code GET /__standin/requests?token=T} tells how
 * many {@code /users/me} requests carried token T (all requests without {@code token}).
 */
public final class BoxStandIn implements AutoCloseable {
    static final String USER_JSON = "{\"type\":\"user\",\"id\":\"12345\",\"name\":\"Test User\",\"login\":\"test@user.com\","
            + "\"created_at\":\"2024-01-02T03:04:05-08:00\",\"language\":\"en\",\"timezone\":\"America/Los_Angeles\","
            + "\"space_amount\":10737418240,\"space_used\":0,\"max_upload_size\":2147483648,\"status\":\"active\","
            + "\"job_title\":\"\",\"phone\":\"\",\"address\":\"\",\"avatar_url\":\"\",\"notification_email\":[]}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "box-stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicInteger> requestsByToken = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger requestIds = new AtomicInteger();

    private BoxStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts a stand-in on loopback; port 0 picks a free port. */
    public static BoxStandIn start(int port) throws IOException {
        BoxStandIn standIn = new BoxStandIn(port);
        standIn.server.start();
        return standIn;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code /users/me} requests that carried this token. */
    public int requestsWith(String token) {
        AtomicInteger count = requestsByToken.get(token);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__standin/requests")) {
                String token = query(exchange).get("token");
                send(exchange, 200, "text/plain", String.valueOf(token == null ? requests.get() : requestsWith(token)));
            } else if (path.endsWith("/2.0/users/me") && exchange.getRequestMethod().equals("GET")) {
                usersMe(exchange, path.substring(0, path.length() - "/2.0/users/me".length()));
            } else {
                error(exchange, 404, "not_found", "Not Found");
            }
        } finally {
            exchange.close();
        }
    }

    private void usersMe(HttpExchange exchange, String persona) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        requests.incrementAndGet();
        int seen = requestsByToken.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
        if (persona.equals("/html")) {
            send(exchange, 200, "text/html; charset=utf-8", "<html><body><h1>Welcome to the guest network</h1>"
                    + "<p>Please accept the terms to continue.</p></body></html>");
        } else if (persona.equals("/empty")) {
            send(exchange, 200, "application/json", "{}");
        } else if (token.startsWith("valid")) {
            send(exchange, 200, "application/json", USER_JSON);
        } else if (token.startsWith("forbidden")) {
            error(exchange, 403, "insufficient_scope",
                    "The request requires higher privileges than provided by the access token.");
        } else if (token.startsWith("unavailable")) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            error(exchange, 503, "unavailable", "Unavailable");
        } else if (token.startsWith("ratelimited")) {
            if (seen == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                error(exchange, 429, "rate_limit_exceeded", "Request rate limit exceeded, please try again later");
            } else {
                send(exchange, 200, "application/json", USER_JSON);
            }
        } else if (token.startsWith("silent")) {
            try {
                Thread.sleep(Duration.ofMinutes(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"Service\", error=\"invalid_token\","
                    + " error_description=\"The access token provided is invalid.\"");
            exchange.getResponseHeaders().set("box-request-id", "0" + Integer.toHexString(requestIds.incrementAndGet()));
            exchange.sendResponseHeaders(401, -1);
        }
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String requestId = "standin" + requestIds.incrementAndGet();
        exchange.getResponseHeaders().set("box-request-id", "0" + Integer.toHexString(requestIds.get()));
        send(exchange, status, "application/json", "{\"type\":\"error\",\"status\":" + status + ",\"code\":\"" + code
                + "\",\"message\":\"" + message + "\",\"context_info\":{},\"help_url\":"
                + "\"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/\","
                + "\"request_id\":\"" + requestId + "\"}");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /**
     * {@code BoxStandIn [--port N] [--max-lifetime 45m]}: serves until killed, or until the lifetime
     * is over, so that a stand-in left behind by an interrupted build does not live on.
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        Duration lifetime = Duration.ofMinutes(45);
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--max-lifetime")) {
                lifetime = io.github.boxmaven.time.Durations.parse("--max-lifetime", args[i + 1]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BoxStandIn standIn = start(port);
        System.out.println("Box stand-in listening on " + standIn.url() + " for at most "
                + io.github.boxmaven.time.Durations.format(lifetime));
        Thread.sleep(lifetime.toMillis());
        standIn.close();
        System.exit(0);
    }
}
