package io.github.boxmaven.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.boxmaven.report.Reports;

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
 * A loopback HTTP server that answers like Box's API (its error shapes, token endpoint and lifetimes), for the ITs,
 * the demo and the benchmarks. What it answers depends on the token's first word, so that many
 * builds can share one stand-in:
 *
 * <ul>
 *   <li>{@code valid...}: 200 with a user; {@code rejected...} or anything unknown: 401 with an empty body;
 *   <li>{@code forbidden...}: 403 insufficient_scope; {@code unavailable...}: 503 with Box's error body;
 *   <li>{@code ratelimited...}: 429 with {@code Retry-After: 1} the first time, then 200;
 *   <li>{@code silent...}: never answers (until the client gives up);
 *   <li>{@code valid-expression-login...}: 200 with a user whose login is a Maven expression;
 *   <li>{@code valid-at-expression-login...}: 200 with a user whose login holds {@code @env.BOX_IT_CANARY@};
 *   <li>{@code valid-free...}: a free developer account's user, in no enterprise;
 *   <li>{@code valid-odd-enterprise...}: a user whose {@code enterprise} is a string, which Box never sends;
 *   <li>{@code valid-full...}: Test User with all of its storage used: Box's upload preflight refuses any file.
 * </ul>
 * With {@code fields} naming {@code enterprise} (Box returns it only then), Test User is in enterprise 987654 'Acme',
 * the service account in 777 'Acme Sandbox'. {@code As-User: 4242} makes a service account's CCG token act as Jane Doe
 * (user 4242); any other id is a user Box does not find (404); a JWT token with As-User gets 403
 * {@code insufficient_scope} (its app may not use As-User), a given token 403
 * {@code access_denied_insufficient_permissions} (its user is no admin).
 *
 * Tokens it issues itself from {@code POST /oauth2/token} start with {@code valid-sa-} and belong to a
 * service account. Client Credentials Grant: client {@value #CCG_CLIENT_ID} with secret
 * {@value #CCG_CLIENT_SECRET}; a subject that starts with {@code short-lived} gets {@code expires_in} 300, one that
 * starts with {@code first-short} gets 300 the first time and 4102 after, subject {@code unauthorized} an
 * {@code unauthorized_client} error. JWT: client {@value #JWT_CLIENT_ID}, the
 * assertion's signature is checked with a public key registered at {@code POST /__standin/jwt-keys}.
 * Token exchange narrows a valid token (see {@code exchangeToken}); {@code POST /oauth2/revoke} with
 * either app's credentials revokes a token for good, and {@code GET /__standin/revoked?token=T} tells.
 *
 * <p>A path prefix picks other personas: {@code /html/...} answers 200 with a captive-portal page,
 * {@code /empty/...} answers 200 with {@code {}}. {@code GET /__standin/requests?token=T} tells how
 * many {@code /users/me} requests carried token T (all requests without {@code token});
 * {@code GET /__standin/issued?subject=S} how many tokens the Client Credentials Grant issued for subject S
 * (a subject that starts with {@code short-lived} gets {@code expires_in} 300).
 */
public final class BoxStandIn implements AutoCloseable {
    static final String USER_JSON = "{\"type\":\"user\",\"id\":\"12345\",\"name\":\"Test User\",\"login\":\"test@user.com\","
            + "\"created_at\":\"2024-01-02T03:04:05-08:00\",\"language\":\"en\",\"timezone\":\"America/Los_Angeles\","
            + "\"space_amount\":10737418240,\"space_used\":0,\"max_upload_size\":2147483648,\"status\":\"active\","
            + "\"job_title\":\"\",\"phone\":\"\",\"address\":\"\",\"avatar_url\":\"\",\"notification_email\":[]}";

    static final String SERVICE_ACCOUNT_JSON = "{\"type\":\"user\",\"id\":\"3000001\",\"name\":\"CI Service Account\","
            + "\"login\":\"AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com\",\"status\":\"active\"}";
    static final String JANE_JSON = "{\"type\":\"user\",\"id\":\"4242\",\"name\":\"Jane Doe\",\"login\":\"jane@acme.com\","
            + "\"status\":\"active\"}";
    static final String ACME = "{\"type\":\"enterprise\",\"id\":\"987654\",\"name\":\"Acme\"}";
    static final String SANDBOX = "{\"type\":\"enterprise\",\"id\":\"777\",\"name\":\"Acme Sandbox\"}";
    public static final String CCG_CLIENT_ID = "ccg-client-id";
    public static final String CCG_CLIENT_SECRET = "ccg-client-secret";
    public static final String JWT_CLIENT_ID = "jwt-client-id";
    public static final String JWT_CLIENT_SECRET = "jwt-client-secret";
    static final java.util.Set<String> KNOWN_SCOPES = new java.util.HashSet<>(java.util.Arrays.asList("item_upload",
            "item_preview", "item_download", "item_share", "item_delete", "item_rename", "base_explorer", "base_picker",
            "base_preview", "base_upload", "base_sidebar", "root_readwrite", "root_readonly", "short_lived"));

    private final HttpServer server;
    private final Map<String, java.security.PublicKey> jwtKeys = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger asUserRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> issuedFor = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "box-stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicInteger> requestsByToken = new ConcurrentHashMap<>();
    private final java.util.Set<String> revoked = ConcurrentHashMap.newKeySet();
    /** Downscoped tokens for one item, with that item ({@code folders/111}): they see it and nothing else. */
    private final Map<String, String> restrictedTo = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger requestIds = new AtomicInteger();
    private final AtomicInteger revocations = new AtomicInteger();
    private final AtomicInteger preflights = new AtomicInteger();
    /** The scopes each downscoped token was granted. */
    private final Map<String, java.util.List<String>> downscopedTo = new ConcurrentHashMap<>();

    private BoxStandIn(int port, javax.net.ssl.SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        if (tls == null) {
            server = HttpServer.create(address, 64);
        } else {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(address, 64);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
            server = https;
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts a stand-in on loopback; port 0 picks a free port. */
    public static BoxStandIn start(int port) throws IOException {
        return start(port, null);
    }

    /** Serves HTTPS with the given context (the benchmarks' test CA), or HTTP when it is null. */
    public static BoxStandIn start(int port, javax.net.ssl.SSLContext tls) throws IOException {
        BoxStandIn standIn = new BoxStandIn(port, tls);
        standIn.server.start();
        return standIn;
    }

    public String url() {
        return (server instanceof com.sun.net.httpserver.HttpsServer ? "https" : "http") + "://127.0.0.1:"
                + server.getAddress().getPort();
    }

    /** How many {@code /users/me} and folder requests carried an {@code As-User} header. */
    public int asUserRequests() {
        return asUserRequests.get();
    }

    /** How many tokens the Client Credentials Grant issued for subject {@code subject}. */
    public int issuedFor(String subject) {
        AtomicInteger count = issuedFor.get(subject);
        return count == null ? 0 : count.get();
    }

    /** How many upload preflights ({@code OPTIONS /2.0/files/content}) it answered. */
    public int preflights() {
        return preflights.get();
    }

    /** How many requests {@code /oauth2/revoke} received, good or not. */
    public int revocations() {
        return revocations.get();
    }

    /** Whether this token was revoked. */
    public boolean revoked(String token) {
        return revoked.contains(token);
    }

    /** How many {@code /users/me} requests it answered, with any token. */
    public int usersMeRequests() {
        return requests.get();
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
            } else if (path.equals("/__standin/jwt-keys") && exchange.getRequestMethod().equals("POST")) {
                Map<String, String> form = form(exchange);
                jwtKeys.put(form.get("kid"), java.security.KeyFactory.getInstance("RSA").generatePublic(
                        new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(form.get("publicKey")))));
                exchange.sendResponseHeaders(204, -1);
            } else if (path.equals("/__standin/issued")) {
                AtomicInteger count = issuedFor.get(query(exchange).get("subject"));
                send(exchange, 200, "text/plain", String.valueOf(count == null ? 0 : count.get()));
            } else if (path.equals("/__standin/revoked")) {
                send(exchange, 200, "text/plain", String.valueOf(revoked.contains(query(exchange).get("token"))));
            } else if (path.endsWith("/oauth2/revoke") && exchange.getRequestMethod().equals("POST")) {
                revoke(exchange, form(exchange));
            } else if (path.endsWith("/oauth2/token") && exchange.getRequestMethod().equals("POST")) {
                token(exchange, form(exchange));
            } else if (path.matches(".*/2\\.0/files/\\d+") && exchange.getRequestMethod().equals("GET")) {
                file(exchange, path.substring(path.lastIndexOf('/') + 1));
            } else if (path.matches(".*/2\\.0/folders/\\d+") && exchange.getRequestMethod().equals("GET")) {
                folder(exchange, path.substring(path.lastIndexOf('/') + 1));
            } else if (path.endsWith("/2.0/files/content") && exchange.getRequestMethod().equals("OPTIONS")) {
                preflight(exchange);
            } else if (path.endsWith("/2.0/users/me") && exchange.getRequestMethod().equals("GET")) {
                usersMe(exchange, path.substring(0, path.length() - "/2.0/users/me".length()));
            } else {
                error(exchange, 404, "not_found", "Not Found");
            }
        } catch (java.security.GeneralSecurityException e) {
            send(exchange, 400, "text/plain", "bad key: " + e);
        } finally {
            exchange.close();
        }
    }

    /** Whether the request carries a token this stand-in accepts: one starting with valid, not revoked. */
    private boolean authorized(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.startsWith("Bearer valid")
                && !revoked.contains(authorization.substring(7));
    }

    /** Whether the token may see this item: any item, unless it was downscoped to another one. */
    private boolean visible(HttpExchange exchange, String item) {
        String only = restrictedTo.get(exchange.getRequestHeaders().getFirst("Authorization").substring(7));
        return only == null || only.equals(item);
    }

    /** File 333 "report.pdf"; every other id is not visible, nor is any item to a token downscoped to another. */
    private void file(HttpExchange exchange, String id) throws IOException {
        if (!authorized(exchange)) {
            exchange.sendResponseHeaders(401, -1);
        } else if (id.equals("333") && visible(exchange, "files/333")) {
            send(exchange, 200, "application/json", "{\"type\":\"file\",\"id\":\"333\",\"name\":\"report.pdf\"}");
        } else {
            error(exchange, 404, "not_found", "Not Found");
        }
    }

    /**
     * Folder 111 "Uploads" may be uploaded to, 222 "Reports" only read; every other id is not visible, nor is any item
     * to a token downscoped to another.
     */
    private void folder(HttpExchange exchange, String id) throws IOException {
        if (exchange.getRequestHeaders().getFirst("As-User") != null) {
            asUserRequests.incrementAndGet();
        }
        if (!authorized(exchange)) {
            exchange.sendResponseHeaders(401, -1);
        } else if ((id.equals("111") || id.equals("222")) && visible(exchange, "folders/" + id)) {
            boolean upload = id.equals("111");
            send(exchange, 200, "application/json", "{\"type\":\"folder\",\"id\":\"" + id + "\",\"name\":\""
                    + (upload ? "Uploads" : "Reports") + "\",\"permissions\":{\"can_download\":true,\"can_upload\":"
                    + upload + ",\"can_rename\":" + upload + ",\"can_delete\":false}}");
        } else {
            error(exchange, 404, "not_found", "Not Found");
        }
    }

    /**
     * Box's upload preflight, as Box answers it: folder 111 takes a file unless its name is taken ({@code release.zip}
     * is file 9001, reported in an array of conflicts; {@code legacy.zip} file 9002, reported as one object, as Box's
     * preflight does), Box does not take the name, the file is larger than the user's {@code max_upload_size}, or the
     * user's storage is full ({@code valid-full...}); folder 222 is read-only; a downscoped token needs
     * {@code item_upload}; any other folder, or one a downscoped token does not reach, is not found.
     */
    private void preflight(HttpExchange exchange) throws IOException {
        preflights.incrementAndGet();
        if (!authorized(exchange)) {
            exchange.sendResponseHeaders(401, -1);
            return;
        }
        com.google.gson.JsonObject body = com.google.gson.JsonParser.parseString(new String(
                exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        String name = body.get("name").getAsString();
        long size = body.get("size").getAsLong();
        String parent = body.getAsJsonObject("parent").get("id").getAsString();
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring(7);
        java.util.List<String> scopes = downscopedTo.get(token);
        if (!(parent.equals("111") || parent.equals("222")) || !visible(exchange, "folders/" + parent)) {
            error(exchange, 404, "not_found", "Not Found");
        } else if (scopes != null && !scopes.contains("item_upload")) {
            error(exchange, 403, "insufficient_scope",
                    "The request requires higher privileges than provided by the access token.");
        } else if (parent.equals("222")) {
            error(exchange, 403, "access_denied_insufficient_permissions", "Access denied - insufficient permission");
        } else if (name.matches(".*[/\\\\].*") || name.trim().isEmpty() || name.equals(".") || name.equals("..")) {
            error(exchange, 400, "item_name_invalid", "Item name invalid", "{}");
        } else if (name.equals("release.zip") || name.equals("legacy.zip")) {
            String file = "{\"type\":\"file\",\"id\":\"" + (name.equals("release.zip") ? "9001" : "9002")
                    + "\",\"sequence_id\":\"3\",\"etag\":\"3\",\"sha1\":\"85136c79cbf9fe36bb9d05d0639c70c265c18d37\","
                    + "\"name\":\"" + name + "\"}";
            error(exchange, 409, "item_name_in_use", "Item with the same name already exists", "{\"conflicts\":"
                    + (name.equals("release.zip") ? "[" + file + "]" : file) + "}");
        } else if (token.startsWith("valid-full")) {
            error(exchange, 403, "storage_limit_exceeded", "Account storage limit reached", "{}");
        } else if (size > 2147483648L) {
            error(exchange, 403, "file_size_limit_exceeded", "File size exceeds the folder owner's file size limit",
                    "{}");
        } else {
            send(exchange, 200, "application/json", "{\"upload_url\":\"https://upload.box.com/api/2.0/files/content\","
                    + "\"upload_token\":null}");
        }
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        String grant = String.valueOf(form.get("grant_type"));
        if (grant.equals("client_credentials")) {
            if (!CCG_CLIENT_ID.equals(form.get("client_id")) || !CCG_CLIENT_SECRET.equals(form.get("client_secret"))) {
                oauthError(exchange, "invalid_client", "The client credentials are invalid");
            } else if ("unauthorized".equals(form.get("box_subject_id"))) {
                oauthError(exchange, "unauthorized_client", "This app is not authorized by the enterprise admin");
            } else if (!"enterprise".equals(form.get("box_subject_type")) && !"user".equals(form.get("box_subject_type"))) {
                oauthError(exchange, "invalid_request", "box_subject_type is missing or invalid");
            } else {
                String subject = form.get("box_subject_id");
                int count = issuedFor.computeIfAbsent(subject, id -> new AtomicInteger()).incrementAndGet();
                issue(exchange, "ccg", subject.startsWith("short-lived") || subject.startsWith("first-short")
                        && count == 1 ? 300 : 4102);
            }
        } else if (grant.equals("urn:ietf:params:oauth:grant-type:token-exchange")) {
            exchangeToken(exchange, form);
        } else if (grant.equals("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
            String problem = jwtProblem(form);
            if (problem == null) {
                issue(exchange, "jwt", 4123);
            } else {
                oauthError(exchange, "invalid_grant", problem);
            }
        } else {
            oauthError(exchange, "unsupported_grant_type", "Grant type " + grant + " is not supported");
        }
    }

    /** Checks the JWT assertion as Box does; null when it is good. */
    private String jwtProblem(Map<String, String> form) {
        if (!JWT_CLIENT_ID.equals(form.get("client_id")) || !JWT_CLIENT_SECRET.equals(form.get("client_secret"))) {
            return "The client credentials are invalid";
        }
        try {
            org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
            jws.setAlgorithmConstraints(new org.jose4j.jwa.AlgorithmConstraints(
                    org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT, "RS256", "RS384", "RS512"));
            jws.setCompactSerialization(form.get("assertion"));
            java.security.PublicKey key = jwtKeys.get(jws.getKeyIdHeaderValue());
            if (key == null) {
                return "Unknown public key id";
            }
            jws.setKey(key);
            if (!jws.verifySignature()) {
                return "Signature verification error. The public key identified by kid must correspond to the private key used for signing.";
            }
            org.jose4j.jwt.JwtClaims claims = org.jose4j.jwt.JwtClaims.parse(jws.getPayload());
            long now = System.currentTimeMillis() / 1000;
            long exp = claims.getExpirationTime().getValue();
            if (!"JWT".equals(jws.getHeader("typ")) || !JWT_CLIENT_ID.equals(claims.getIssuer())
                    || !claims.getAudience().contains("https://api.box.com/oauth2/token")
                    || claims.getJwtId() == null || claims.getJwtId().length() < 16 || claims.getJwtId().length() > 128
                    || !"enterprise".equals(claims.getClaimValue("box_sub_type")) && !"user".equals(claims.getClaimValue("box_sub_type"))) {
                return "Invalid JWT claims";
            }
            if (exp <= now || exp > now + 60) {
                return "Please check the 'exp' claim.";
            }
            return null;
        } catch (Exception e) {
            return "Invalid assertion: " + e.getMessage();
        }
    }

    /**
     * Token exchange: a valid subject token and known scopes give a {@code valid-ds-} token for an hour (the
     * scope {@code short_lived} for five minutes); an unknown scope is invalid_scope, the scope
     * {@code not_held} a 401 (the subject token lacks it), an item other than folder 111, 222 or file 333
     * invalid_request. A token downscoped to an item sees that item alone.
     */
    private void exchangeToken(HttpExchange exchange, Map<String, String> form) throws IOException {
        String subject = String.valueOf(form.get("subject_token"));
        String resource = form.get("resource");
        java.util.List<String> scopes = java.util.Arrays.asList(String.valueOf(form.get("scope")).split(" "));
        if (!subject.startsWith("valid") || revoked.contains(subject)
                || !"urn:ietf:params:oauth:token-type:access_token".equals(form.get("subject_token_type"))) {
            exchange.sendResponseHeaders(401, -1);
        } else if (scopes.contains("not_held")) {
            exchange.sendResponseHeaders(401, -1);
        } else if (!KNOWN_SCOPES.containsAll(scopes)) {
            oauthError(exchange, "invalid_scope", "The requested scope is invalid, unknown, or malformed");
        } else if (resource != null && !resource.matches(".*/2\\.0/(folders/(111|222)|files/333)")) {
            oauthError(exchange, "invalid_request", "The resource is invalid or not accessible");
        } else {
            String token = "valid-ds-" + issued.incrementAndGet() + "-Q7w";
            String item = resource == null ? null : resource.substring(resource.indexOf("/2.0/") + 5);
            if (item != null) {
                restrictedTo.put(token, item);
            }
            // Box grants no scope the user's role on the item does not allow: nothing to delete in read-only 222
            java.util.List<String> granted = new java.util.ArrayList<>(scopes);
            if ("folders/222".equals(item)) {
                granted.remove("item_delete");
            }
            downscopedTo.put(token, granted);
            StringBuilder grants = new StringBuilder();
            for (String scope : granted) {
                grants.append(grants.length() == 0 ? "" : ",").append("{\"scope\":\"").append(scope).append("\"")
                        .append(item == null ? "" : ",\"object\":{\"type\":\"" + item.substring(0, item.indexOf('s'))
                        + "\",\"id\":\"" + item.substring(item.indexOf('/') + 1) + "\",\"etag\":\"0\"}").append("}");
            }
            send(exchange, 200, "application/json", "{\"access_token\":\"" + token + "\",\"expires_in\":"
                    + (scopes.contains("short_lived") ? 300 : 3600) + ",\"token_type\":\"bearer\","
                    + "\"issued_token_type\":\"urn:ietf:params:oauth:token-type:access_token\",\"restricted_to\":["
                    + grants + "]}");
        }
    }

    /** Revocation: the CCG or JWT client's id and secret revoke any token; it then gets 401 everywhere. */
    private void revoke(HttpExchange exchange, Map<String, String> form) throws IOException {
        revocations.incrementAndGet();
        boolean ccg = CCG_CLIENT_ID.equals(form.get("client_id")) && CCG_CLIENT_SECRET.equals(form.get("client_secret"));
        boolean jwt = JWT_CLIENT_ID.equals(form.get("client_id")) && JWT_CLIENT_SECRET.equals(form.get("client_secret"));
        if (!ccg && !jwt) {
            oauthError(exchange, "invalid_client", "The client credentials are invalid");
        } else {
            revoked.add(String.valueOf(form.get("token")));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private void issue(HttpExchange exchange, String method, int expiresIn) throws IOException {
        send(exchange, 200, "application/json", "{\"access_token\":\"valid-sa-" + method + "-" + issued.incrementAndGet()
                + "-T9x8Yz\",\"expires_in\":" + expiresIn + ",\"restricted_to\":[],\"token_type\":\"bearer\"}");
    }

    private void oauthError(HttpExchange exchange, String error, String description) throws IOException {
        send(exchange, 400, "application/json", "{\"error\":\"" + error + "\",\"error_description\":\""
                + description + "\"}");
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return pairs(body);
    }

    private void usersMe(HttpExchange exchange, String persona) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        requests.incrementAndGet();
        int seen = requestsByToken.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
        String asUser = exchange.getRequestHeaders().getFirst("As-User");
        boolean enterprise = String.valueOf(query(exchange).get("fields")).contains("enterprise");
        if (asUser != null) {
            asUserRequests.incrementAndGet();
        }
        if (revoked.contains(token)) {
            exchange.sendResponseHeaders(401, -1);
        } else if (asUser != null && token.startsWith("valid-sa-jwt")) {
            error(exchange, 403, "insufficient_scope",
                    "The request requires higher privileges than provided by the access token.");
        } else if (asUser != null && token.startsWith("valid-sa-")) {
            if (asUser.equals("4242")) {
                send(exchange, 200, "application/json", withEnterprise(JANE_JSON, enterprise ? SANDBOX : null));
            } else {
                error(exchange, 404, "not_found", "Not Found");
            }
        } else if (asUser != null && token.startsWith("valid")) {
            error(exchange, 403, "access_denied_insufficient_permissions", "Access denied - insufficient permission");
        } else if (token.startsWith("valid-sa-")) {
            send(exchange, 200, "application/json", withEnterprise(SERVICE_ACCOUNT_JSON, enterprise ? SANDBOX : null));
        } else if (token.startsWith("valid-full")) {
            send(exchange, 200, "application/json", withEnterprise(USER_JSON.replace("\"space_used\":0",
                    "\"space_used\":10737418240"), enterprise ? ACME : null));
        } else if (token.startsWith("valid-free")) {
            send(exchange, 200, "application/json", withEnterprise(USER_JSON, enterprise ? "null" : null));
        } else if (token.startsWith("valid-odd-enterprise")) {
            send(exchange, 200, "application/json", withEnterprise(USER_JSON, "\"987654\""));
        } else if (persona.equals("/html")) {
            send(exchange, 200, "text/html; charset=utf-8", "<html><body><h1>Welcome to the guest network</h1>"
                    + "<p>Please accept the terms to continue.</p></body></html>");
        } else if (persona.equals("/empty")) {
            send(exchange, 200, "application/json", "{}");
        } else if (token.startsWith("valid-at-expression-login")) {
            // a login with one more @: maven-resources-plugin evaluates @name@ in a filtered resource
            send(exchange, 200, "application/json", USER_JSON.replace("test@user.com",
                    "x@env.BOX_IT_CANARY@example.com"));
        } else if (token.startsWith("valid-expression-login")) {
            // a login a hostile server makes up, which Maven would evaluate if it became a property
            send(exchange, 200, "application/json", USER_JSON.replace("test@user.com",
                    "${env.BOX_IT_CANARY}@example.com"));
        } else if (token.startsWith("valid")) {
            send(exchange, 200, "application/json", withEnterprise(USER_JSON, enterprise ? ACME : null));
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

    /** {@code user} with {@code "enterprise": <json>} added; as it is for null. */
    private static String withEnterprise(String user, String json) {
        return json == null ? user : user.substring(0, user.length() - 1) + ",\"enterprise\":" + json + "}";
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        error(exchange, status, code, message, "{}");
    }

    private void error(HttpExchange exchange, int status, String code, String message, String contextInfo)
            throws IOException {
        String requestId = "standin" + requestIds.incrementAndGet();
        exchange.getResponseHeaders().set("box-request-id", "0" + Integer.toHexString(requestIds.get()));
        send(exchange, status, "application/json", "{\"type\":\"error\",\"status\":" + status + ",\"code\":\"" + code
                + "\",\"message\":\"" + message + "\",\"context_info\":" + contextInfo + ",\"help_url\":"
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
        return pairs(exchange.getRequestURI().getRawQuery());
    }

    private static Map<String, String> pairs(String query) {
        Map<String, String> values = new LinkedHashMap<>();
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

    private static javax.net.ssl.SSLContext tls(String keystore, String password) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Paths.get(keystore))) {
            store.load(in, password.toCharArray());
        }
        javax.net.ssl.KeyManagerFactory keys =
                javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /**
     * {@code BoxStandIn [--port N] [--max-lifetime 45m] [--proxy-port N] [--tls-keystore file.p12 [--tls-password pw]]
     * [--tls-port N --tls-truststore ca.p12]}: serves until killed, or until the lifetime is over, so that a
     * stand-in left behind by an interrupted build does not live on. {@code --tls-port} adds an HTTPS stand-in
     * whose certificate a fresh test CA signed; that CA is written as a trust store (password changeit).
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        int proxyPort = -1;
        int tlsPort = -1;
        String trustStore = null;
        String keystore = null;
        String keystorePassword = "changeit";
        Duration lifetime = Duration.ofMinutes(45);
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--tls-keystore")) {
                keystore = args[i + 1];
            } else if (args[i].equals("--tls-password")) {
                keystorePassword = args[i + 1];
            } else if (args[i].equals("--tls-port")) {
                tlsPort = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--tls-truststore")) {
                trustStore = args[i + 1];
            } else if (args[i].equals("--proxy-port")) {
                proxyPort = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--max-lifetime")) {
                lifetime = io.github.boxmaven.base.Durations.parse("--max-lifetime", args[i + 1]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BoxStandIn standIn = start(port, keystore == null ? null : tls(keystore, keystorePassword));
        System.out.println("Box stand-in listening on " + standIn.url() + " for at most "
                + io.github.boxmaven.base.Durations.format(lifetime));
        if (tlsPort >= 0) {
            TestCa ca = new TestCa();
            ca.writeTrustStore(java.nio.file.Paths.get(trustStore), "changeit");
            BoxStandIn https = start(tlsPort, ca.serverContext());
            System.out.println("Box stand-in also listening on " + https.url() + ", its test CA in " + trustStore);
        }
        if (proxyPort >= 0) {
            RecordingProxy proxy = RecordingProxy.start(proxyPort);
            System.out.println("Recording proxy listening on 127.0.0.1:" + proxy.port());
        }
        Thread.sleep(lifetime.toMillis());
        standIn.close();
        System.exit(0);
    }
}
