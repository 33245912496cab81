package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.report.Reports;
import io.github.boxmaven.standin.BoxStandIn;
import io.github.boxmaven.standin.RecordingProxy;
import io.github.boxmaven.standin.TestCa;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class FolderAndProxyCheckTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private CheckFixture box() {
        return CheckFixture.against(server.url("/").toString());
    }

    private static Inputs token(String token) throws Exception {
        return CheckFixture.tokenInEnvironment(token);
    }

    private void user() {
        server.enqueue(new MockResponse.Builder().code(200).body(TokenCheckTest.USER_JSON).build());
    }

    private void folder(String id, String name, boolean canUpload) {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"type\":\"folder\",\"id\":\"" + id + "\",\"name\":\""
                + name + "\",\"permissions\":{\"can_upload\":" + canUpload + "}}").build());
    }

    @Test
    void foldersAreParsedAndBadItemsNamed() throws Exception {
        assertEquals("[111:upload, 222]", FolderRequirement.parseList(" 111:upload , 222 ").toString());
        assertTrue(FolderRequirement.parseList("").isEmpty());
        for (String bad : new String[] {"abc", "111:write", "1:upload:x"}) {
            BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> FolderRequirement.parseList(bad));
            assertTrue(e.getMessage().startsWith("box.folders item '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void visibleAndWritableFoldersPassAndAreListed() throws Exception {
        user();
        folder("111", "Uploads", true);
        server.enqueue(new MockResponse.Builder().code(200).body("{\"upload_url\":\"https://upload.box.com/api/2.0/"
                + "files/content\",\"upload_token\":null}").build());
        folder("222", "Reports", false);
        Verdict verdict = box().folders("111:upload,222").verdict(token("valid-x"));
        server.takeRequest();
        RecordedRequest folderRequest = server.takeRequest();
        assertEquals("/2.0/folders/111?fields=id,name,permissions", folderRequest.getTarget());
        assertEquals("Bearer valid-x", folderRequest.getHeaders().get("Authorization"));
        assertEquals("OPTIONS", server.takeRequest().getMethod(), "Box's upload preflight, after the folder is seen");
        assertEquals("/2.0/folders/222?fields=id,name,permissions", server.takeRequest().getTarget());
        assertTrue(verdict.summary().endsWith("; folders 111 'Uploads' (upload of 1 MB accepted), 222 'Reports'"),
                verdict.summary());
    }

    @Test
    void aReadOnlyFolderAskedForUploadFails() throws Exception {
        user();
        folder("222", "Reports", false);
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> box().folders("222:upload").verdict(token("valid-x")));
        assertEquals(FailureKind.FOLDER_NOT_WRITABLE, e.kind());
        assertTrue(e.getMessage().startsWith("Box folder 222 'Reports' is visible to test@user.com but does not allow"
                + " uploads"), e.getMessage());
    }

    @Test
    void anInvisibleFolderNamesTheUsersLoginAndTheUsualCause() throws Exception {
        user();
        server.enqueue(new MockResponse.Builder().code(404).body("{\"type\":\"error\",\"status\":404,\"code\":\"not_found\","
                + "\"request_id\":\"r9\"}").build());
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> box().folders("999").verdict(token("valid-x")));
        assertEquals(FailureKind.FOLDER_NOT_VISIBLE, e.kind());
        assertTrue(e.getMessage().startsWith("Box folder 999 is not visible to test@user.com (HTTP 404) (Box request id"
                + " r9).\nInvite test@user.com to the folder as a collaborator"), e.getMessage());
    }

    @Test
    void httpsGoesThroughTheProxyInATunnelWithItsCredentialsOnTheConnectOnly() throws Exception {
        TestCa ca = new TestCa();
        try (BoxStandIn box = BoxStandIn.start(0, ca.serverContext()); RecordingProxy proxy = RecordingProxy.start(0)) {
            ProxySettings settings = new ProxySettings("127.0.0.1", proxy.port(), RecordingProxy.USER,
                    Secret.of(RecordingProxy.PASSWORD));
            Verdict verdict = CheckFixture.against(box.url()).proxy(settings).trusting(ca.clientTrust())
                    .verdict(token("valid-proxied"));
            assertEquals("12345", verdict.user.id);
            assertEquals(1, proxy.forwarded(), "one tunnel");
            assertEquals(0, proxy.challenged(), "OkHttp sends the credentials with the CONNECT, before any 407");
        }
    }

    @Test
    void aProxyThatWantsOtherCredentialsIsAClearError() throws Exception {
        TestCa ca = new TestCa();
        try (BoxStandIn box = BoxStandIn.start(0, ca.serverContext()); RecordingProxy proxy = RecordingProxy.start(0)) {
            ProxySettings wrong = new ProxySettings("127.0.0.1", proxy.port(), "someone", Secret.of("wrongPROXYpass"));
            BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> CheckFixture.against(box.url()).proxy(wrong)
                    .trusting(ca.clientTrust()).verdict(token("valid-proxied")));
            assertEquals(FailureKind.PROXY_AUTHENTICATION, e.kind());
            assertTrue(e.getMessage().contains("HTTP 407, proxy authentication required"), e.getMessage());
            assertFalse(e.getMessage().contains("wrongPROXYpass"));
            assertEquals(0, proxy.forwarded());
        }
    }

    @Test
    void plainHttpToLoopbackNeverGoesThroughAProxy() throws Exception {
        try (RecordingProxy proxy = RecordingProxy.start(0)) {
            user();
            ProxySettings settings = new ProxySettings("127.0.0.1", proxy.port(), RecordingProxy.USER,
                    Secret.of(RecordingProxy.PASSWORD));
            Verdict verdict = box().proxy(settings).verdict(token("valid-direct"));
            assertEquals("12345", verdict.user.id);
            assertEquals(1, server.getRequestCount(), "the stand-in was asked directly");
            assertEquals(0, proxy.forwarded() + proxy.challenged(), "the proxy never saw the clear-text token");
        }
    }

    @Test
    void aProxyAuthenticationChallengeFromTheServerInsideTheTunnelGetsNoProxyPassword() throws Exception {
        TestCa ca = new TestCa();
        try (MockWebServer https = new MockWebServer()) {
            // MockWebServer plays the proxy (it answers the CONNECT) and, inside the tunnel, the server
            https.useHttps(ca.serverContext().getSocketFactory());
            https.enqueue(new MockResponse.Builder().inTunnel().build());
            https.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"evil\"")
                    .build());
            https.start();
            ProxySettings settings = new ProxySettings("127.0.0.1", https.getPort(), RecordingProxy.USER,
                    Secret.of(RecordingProxy.PASSWORD));
            BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, () -> CheckFixture.against("https://localhost:" + https.getPort())
                    .proxy(settings).trusting(ca.clientTrust()).verdict(token("valid-x")));
            assertTrue(e.getMessage().contains("HTTP 407"), e.getMessage());
            RecordedRequest connect = https.takeRequest();
            assertEquals("CONNECT", connect.getMethod());
            assertTrue(connect.getHeaders().get("Proxy-Authorization").startsWith("Basic "), "the proxy gets them");
            RecordedRequest inTunnel = https.takeRequest();
            assertEquals("GET", inTunnel.getMethod());
            assertNull(inTunnel.getHeaders().get("Proxy-Authorization"));
            assertEquals(2, https.getRequestCount(), "the server's 407 is not answered");
        }
    }
}
