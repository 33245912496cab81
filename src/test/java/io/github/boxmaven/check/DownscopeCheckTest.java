package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Instants;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.BoxStandIn;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** box.downscope: the handed-on token is narrowed by token exchange, checked, and the only one written. */
class DownscopeCheckTest {
    static final Instant LATER = Instant.now().plusSeconds(3600);

    static final String SOURCE_CANARY = "validSOURCEcanary7c6b5a";
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final String IN_AN_HOUR = Instants.format(NOW.plusSeconds(3600), NOW);

    BoxStandIn box;
    CheckFixture check;

    @TempDir
    Path dir;

    Path tokenFile;

    @BeforeEach
    void start() throws Exception {
        box = BoxStandIn.start(0);
        tokenFile = dir.resolve("handoff/box-token");
        check = CheckFixture.against(box.url()).tokenFile(tokenFile).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        box.close();
    }

    private static Inputs ccg() {
        return ccgApp();
    }

    private static Inputs ccgApp() {
        return CheckFixture.standInCcg();
    }

    private String handedOn() throws Exception {
        return new String(Files.readAllBytes(tokenFile), StandardCharsets.US_ASCII);
    }

    private void assertNoSecretLogged(String... more) throws Exception {
        for (String secret : new String[] {SOURCE_CANARY, BoxStandIn.CCG_CLIENT_SECRET, "valid-sa-", "valid-ds-"}) {
            assertFalse(check.log.all().contains(secret), check.log.all());
            for (String text : more) {
                assertFalse(text.contains(secret), text);
            }
        }
    }

    @Test
    void anObtainedTokenIsHandedOnNarrowedToItsScopesAndFolder() throws Exception {
        Verdict verdict = check.downscope("item_upload, base_explorer", "folder:111").verdict(ccg());

        assertTrue(handedOn().startsWith("valid-ds-"), "the downscoped token, never the full-scope one");
        assertTrue(verdict.summary().endsWith("; hands on a token downscoped to item_upload, base_explorer for folder"
                + " 111 'Uploads' (expires in 1h (at " + IN_AN_HOUR + ", Box's expires_in when it issued the token))"), verdict.summary());
        assertTrue(check.log.all().contains("INFO Wrote a token downscoped to item_upload, base_explorer for folder 111"
                + " to " + tokenFile + " (owner-only) for later steps of this build."), check.log.all());
        assertNoSecretLogged(verdict.summary());
    }

    @Test
    void aDevelopersTokenCanBeHandedOnDownscopedToo() throws Exception {
        Verdict verdict = check.downscope("item_preview", null)
                .verdict(CheckFixture.tokenInEnvironment(SOURCE_CANARY));
        assertTrue(handedOn().startsWith("valid-ds-"));
        assertTrue(verdict.summary().contains("token from environment variable BOX_TOKEN; expiry unknown"),
                verdict.summary());
        assertTrue(verdict.summary().endsWith("; hands on a token downscoped to item_preview (expires in 1h (at "
                + IN_AN_HOUR + ", Box's expires_in when it issued the token))"), verdict.summary());
        assertFalse(check.log.all().contains("box.tokenFile is written only"), check.log.all());
        assertNoSecretLogged(verdict.summary());
    }

    @Test
    void anUnknownScopeNamesBoxDownscopeAndLeavesNoTokenFile() throws Exception {
        Files.createDirectories(tokenFile.getParent());
        Files.write(tokenFile, "valid-stale-from-an-earlier-build".getBytes(StandardCharsets.US_ASCII));
        BoxCheckFailure e = assertFailure(FailureKind.DOWNSCOPE_REFUSED,
                () -> check.downscope("item_upload,no_such_scope", null).verdict(ccg()));
        assertEquals(FailureKind.DOWNSCOPE_REFUSED, e.kind());
        assertEquals("Box refused to downscope the verified token to item_upload, no_such_scope (HTTP 400,"
                + " invalid_scope: The requested scope is invalid, unknown, or malformed).\nCheck box.downscope: each"
                + " scope must be one Box knows (item_upload, item_preview, base_explorer...) and one the verified token"
                + " holds (the app's Application Scopes in the Developer Console).", e.getMessage());
        assertFalse(Files.exists(tokenFile), "a failed check leaves no token file, not even an old one");
        assertNoSecretLogged(e.getMessage());
    }

    @Test
    void aScopeTheTokenDoesNotHoldIsA401NamingBoxDownscope() throws Exception {
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> check.downscope("not_held", "folder:111").verdict(ccg()));
        assertTrue(e.getMessage().startsWith("Box refused to downscope the verified token to not_held for folder 111"
                + " (HTTP 401).\nCheck box.downscope:"), e.getMessage());
    }

    @Test
    void anItemBoxRefusesNamesBoxDownscopeResource() throws Exception {
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> check.downscope("item_upload", "folder:999").verdict(ccg()));
        assertEquals("Box refused to downscope the verified token to item_upload for folder 999 (HTTP 400,"
                + " invalid_request: The resource is invalid or not accessible).\nCheck box.downscopeResource"
                + " (folder:<id>, file:<id> or the item's API URL): the item must exist and be visible to the token's"
                + " user.", e.getMessage());
        assertFalse(Files.exists(tokenFile));
    }

    @Test
    void theDownscopedTokensOwnExpiryMustOutliveMinValidity() throws Exception {
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON,
                () -> check.minValidity("10m")
                        .downscope("short_lived", "file:333").verdict(CheckFixture.tokenInEnvironment(SOURCE_CANARY)));
        assertTrue(e.getMessage().startsWith("Box token from the token downscoped to short_lived for file 333 expires"
                + " in 5m (at "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", less than box.minValidity 10m.\nBox issued the downscoped token for 5m,"
                + " so it cannot serve a longer stage: lower box.minValidity, or have the stage obtain its own token."),
                e.getMessage());
        assertFalse(Files.exists(tokenFile));
    }

    @Test
    void theNarrowedTokenIsCheckedOnItsItemAndTheExchangeFormIsBoxs() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(200).body("{\"type\":\"user\",\"id\":\"1\"}").build());
            server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"valid-ds-x\","
                    + "\"expires_in\":3600}").build());
            server.enqueue(new MockResponse.Builder().code(404).body("{\"type\":\"error\",\"status\":404,"
                    + "\"code\":\"not_found\",\"request_id\":\"r4\"}").build());
            server.start();
            BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> CheckFixture.against(server.url("/")
                    .toString()).downscope("base_explorer", "file:444").verdict(CheckFixture.tokenInEnvironment(
                    SOURCE_CANARY)));
            assertEquals(FailureKind.DOWNSCOPED_ITEM_UNREACHABLE, e.kind());
            assertTrue(e.getMessage().startsWith("The downscoped token cannot read file 444 of box.downscopeResource"
                    + " (HTTP 404, not_found) (Box request id r4).\nCheck box.downscopeResource"), e.getMessage());
            server.takeRequest();
            RecordedRequest exchange = server.takeRequest();
            assertEquals("/oauth2/token", exchange.getTarget());
            assertEquals("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token="
                    + SOURCE_CANARY + "&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token"
                    + "&scope=base_explorer&resource=" + server.url("/2.0/files/444").toString().replace(":", "%3A")
                    .replace("/", "%2F"), exchange.getBody().utf8());
            assertNull(exchange.getHeaders().get("Authorization"), "the exchange needs no credentials");
            RecordedRequest item = server.takeRequest();
            assertEquals("/2.0/files/444?fields=id,name", item.getTarget());
            assertEquals("Bearer valid-ds-x", item.getHeaders().get("Authorization"));
        }
    }

    @Test
    void theParametersAreReadStrictly() throws Exception {
        BaseUrl base = BaseUrl.parse("https://api.box.com");
        assertNull(Downscope.parse(" ", null, base));
        assertEquals("item_upload for folder 111", Downscope.parse("item_upload", "folder:111", base).describe());
        assertEquals("item_upload for file 5", Downscope.parse("item_upload", "https://api.box.com/2.0/files/5", base)
                .describe());
        assertEquals("https://api.box.com/2.0/folders/7",
                Downscope.parse("a,b", "folder:7", base).resourceUrl(base).toString());
        assertEquals("a b", Downscope.parse(" a , b ", null, base).scope());
        assertEquals("box.downscope item 'item upload' is not a Box scope; use a comma-separated list such as"
                + " item_upload,item_preview,base_explorer.", assertFailure(FailureKind.INVALID_PARAMETER,
                () -> Downscope.parse("item upload", null, base)).getMessage());
        assertEquals("box.downscopeResource 'https://evil.example/2.0/files/5' is not folder:<id>, file:<id> or an"
                + " item's URL under box.baseUrl, such as https://api.box.com/2.0/folders/111.",
                assertFailure(FailureKind.INVALID_PARAMETER,
                        () -> Downscope.parse("item_upload", "https://evil.example/2.0/files/5", base)).getMessage());
        assertTrue(assertFailure(FailureKind.INVALID_PARAMETER, () -> Downscope.parse(null, "folder:1", base)).getMessage()
                .startsWith("box.downscopeResource is set but box.downscope is not"));
    }

    @Test
    void aHandedOnDownscopedTokenIsCheckedOnItsItemAndLeftAsItIs() throws Exception {
        check.downscope("item_upload,base_explorer", "folder:111").verdict(ccg());
        String token = handedOn();
        Verdict verdict = CheckFixture.against(box.url()).tokenFile(tokenFile).downscope("item_upload,base_explorer",
                "folder:111").verdict(Inputs.builder());
        assertTrue(verdict.summary().startsWith("Box token OK: token from box.tokenFile (handed on at "), verdict.summary());
        assertTrue(verdict.summary().contains("; for folder 111 'Uploads'"), verdict.summary());
        assertEquals(0, box.requestsWith(token), "a token for one item is not asked /users/me");
        assertEquals(token, handedOn(), "the file is not rewritten, not downscoped again");
    }

    /** The CI recipe (src/site/markdown/hand-off.md): a gate hands on a downscoped token, later steps take it only when they ask for the same. */
    @Test
    void aHandOffIsReplacedSayingWhyWhenAGateAsksForOtherScopesOrAnotherItem() throws Exception {
        check.verdict(ccgApp());
        assertTrue(handedOn().startsWith("valid-sa-"), "a full-scope token is handed on");

        check.downscope("item_upload,base_explorer", "folder:111").verdict(ccgApp());
        assertTrue(check.log.all().contains("INFO box.tokenFile " + tokenFile + " is not taken: it was handed on for"
                + " scopes none (this run asks for base_explorer item_upload), and item none (this run asks for folder"
                + " 111)."), check.log.all());
        String forFolder111 = handedOn();
        assertTrue(forFolder111.startsWith("valid-ds-"), "the gate's own downscoped token replaces it");

        check.downscope("item_upload,base_explorer", "folder:222").verdict(ccgApp());
        assertTrue(check.log.all().contains("INFO box.tokenFile " + tokenFile + " is not taken: it was handed on for"
                + " item folder 111 (this run asks for folder 222)."), check.log.all());
        String forFolder222 = handedOn();
        assertFalse(forFolder222.equals(forFolder111));

        Verdict taken = check.downscope("base_explorer,item_upload", "folder:222").verdict(ccgApp());
        assertTrue(taken.summary().startsWith("Box token OK: token from box.tokenFile (handed on at "), taken.summary());
        assertEquals(forFolder222, handedOn(), "the same scopes and item: taken as it is");
        assertNoSecretLogged(taken.summary());
    }

    @Test
    void boxFoldersAreCheckedWithAHandedOnTokenToo() throws Exception {
        check.downscope("item_upload,base_explorer", "folder:111").verdict(ccg());
        CheckFixture later = CheckFixture.against(box.url()).tokenFile(tokenFile).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .downscope("item_upload,base_explorer", "folder:111");
        assertTrue(later.folders("111:upload").verdict(Inputs.builder()).summary().contains(
                "; folders 111 'Uploads' (upload of 1 MB accepted); for folder 111 'Uploads'"));
        BoxCheckFailure e = assertFailure(FailureKind.FOLDER_NOT_VISIBLE,
                () -> later.folders("222").verdict(Inputs.builder()));
        assertTrue(e.getMessage().startsWith("Box folder 222 is not visible to the token downscoped to item_upload,"
                + " base_explorer for folder 111 (HTTP 404) (Box request id "), e.getMessage());
        assertTrue(e.getMessage().endsWith(".\nA downscoped token sees only its item and what is inside it: downscope"
                + " to a folder that holds the folders in box.folders (box.downscopeResource), or check the ids in"
                + " box.folders."), e.getMessage());
    }

    /** Finding 5: box.folders is checked with the token the stage gets, before it is written. */
    @Test
    void boxFoldersAreCheckedWithTheDownscopedTokenThatIsHandedOn() throws Exception {
        BoxCheckFailure e = assertFailure(FailureKind.FOLDER_NOT_VISIBLE, () -> check.downscope(
                "item_upload,base_explorer", "folder:222").folders("111:upload").verdict(ccg()));
        assertTrue(e.getMessage().startsWith("Box folder 111 is not visible to the token downscoped to item_upload,"
                + " base_explorer for folder 222 (HTTP 404)"), e.getMessage());
        assertFalse(Files.exists(tokenFile), "a token that fails the stage's folders is not handed on");
    }

    /** Issue 36: Box's code is read on the item too; a Shield policy is its own kind, with Box's words quoted. */
    @Test
    void anItemRefusedByPolicyQuotesBoxAndKeepsThePolicysKind() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(200).body("{\"type\":\"user\",\"id\":\"1\"}").build());
            server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"valid-ds-x\","
                    + "\"expires_in\":3600}").build());
            server.enqueue(new MockResponse.Builder().code(400).body("{\"type\":\"error\",\"status\":400,"
                    + "\"code\":\"terms_of_service_required\",\"message\":\"User must accept custom terms of service"
                    + " before action can be taken\",\"request_id\":\"r5\"}").build());
            server.start();
            BoxCheckFailure e = assertFailure(FailureKind.TERMS_OF_SERVICE_REQUIRED, () -> CheckFixture.against(
                    server.url("/").toString()).downscope("base_explorer", "file:444").verdict(
                    CheckFixture.tokenInEnvironment("valid-y")));
            assertTrue(e.getMessage().startsWith("The downscoped token cannot read file 444 of box.downscopeResource"
                    + " (HTTP 400, terms_of_service_required: User must accept custom terms of service before action"
                    + " can be taken) (Box request id r5).\n"), e.getMessage());
        }
    }

    /** Finding 7: Box answers a revoked token with 401 and an empty body, on the item too: a refused token. */
    @Test
    void aRevokedTokenForOneItemIsARefusedTokenAndIsReplacedByAStepWithTheApp() throws Exception {
        check.downscope("item_upload,base_explorer", "folder:111").verdict(ccg());
        String revoked = handedOn();
        revokeAtTheStandIn(revoked);

        BoxCheckFailure rejected = assertFailure(FailureKind.TOKEN_REJECTED, () -> CheckFixture.against(box.url())
                .tokenFile(tokenFile).downscope("item_upload,base_explorer", "folder:111").verdict(Inputs.builder()));
        assertTrue(rejected.getMessage().startsWith("Box rejected the token from box.tokenFile (handed on at "),
                rejected.getMessage());
        assertTrue(rejected.getMessage().endsWith("\nRun the step that obtains the token again, or give this step the"
                + " app's credentials so that it obtains a fresh one."), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("(HTTP 401): it is revoked or expired, or the app or its user was"
                + " deactivated since the earlier step obtained it (Box does not say which)"), rejected.getMessage());
        assertFalse(rejected.getMessage().contains("developer token"), "issue 36: the reason follows the token's kind");

        Verdict replaced = check.verdict(ccg());
        assertTrue(check.log.all().contains("INFO The token handed on in box.tokenFile no longer passes (Box rejected"
                + " the token from box.tokenFile (handed on at "), check.log.all());
        assertTrue(replaced.summary().contains("hands on a token downscoped to item_upload, base_explorer for folder"
                + " 111 'Uploads'"), replaced.summary());
        assertFalse(handedOn().equals(revoked));
    }

    /** Finding 4: a run with a given token takes only a hand-off made from that same token. */
    @Test
    void aRunWithAGivenTokenChecksThatTokenNotAnEarlierAppsHandOff() throws Exception {
        check.verdict(ccg());
        assertTrue(handedOn().startsWith("valid-sa-"));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED, () -> check.verdict(CheckFixture
                .tokenInEnvironment("rejected-given-token")));
        assertTrue(e.getMessage().startsWith("Box rejected the token from environment variable BOX_TOKEN (HTTP 401)"),
                e.getMessage());
        assertTrue(check.log.all().contains("INFO box.tokenFile " + tokenFile + " is not taken: it was handed on for an"
                + " app's token, not one made from the token this run checks."), check.log.all());

        check.downscope("base_explorer", "folder:111").verdict(CheckFixture.tokenInEnvironment(SOURCE_CANARY));
        String fromTheGivenToken = handedOn();
        check.verdict(CheckFixture.tokenInEnvironment(SOURCE_CANARY));
        assertEquals(fromTheGivenToken, handedOn(), "the same given token takes the hand-off made from it");
        assertTrue(check.log.all().contains("Box token OK: token from box.tokenFile (handed on at "), check.log.all());
        check.verdict(CheckFixture.tokenInEnvironment("validANOTHERgiventoken"));
        assertFalse(handedOn().equals(fromTheGivenToken), "another given token makes a hand-off of its own");
    }

    private void revokeAtTheStandIn(String token) throws Exception {
        java.net.HttpURLConnection revoke = (java.net.HttpURLConnection) new java.net.URL(box.url() + "/oauth2/revoke")
                .openConnection();
        revoke.setDoOutput(true);
        revoke.getOutputStream().write(("client_id=" + BoxStandIn.CCG_CLIENT_ID + "&client_secret="
                + BoxStandIn.CCG_CLIENT_SECRET + "&token=" + token).getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, revoke.getResponseCode());
    }
}
