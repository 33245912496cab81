package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.BoxStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upload readiness against the loopback Box stand-in: the downscoped token that is handed on is the one Box's preflight
 * is asked with, and what the token exchange grants ({@code restricted_to}) is compared with {@code box.downscope};
 * and the bad input of {@code box.uploadSize} and {@code box.folders}.
 */
class UploadReadinessCheckTest {
    BoxStandIn box;
    CheckFixture check;

    @TempDir
    Path dir;

    Path tokenFile;

    @BeforeEach
    void start() throws Exception {
        box = BoxStandIn.start(0);
        tokenFile = dir.resolve("box-token");
        check = CheckFixture.against(box.url()).tokenFile(tokenFile);
    }

    @AfterEach
    void stop() {
        box.close();
    }

    private static Inputs ccg() {
        return CheckFixture.standInCcg();
    }

    @Test
    void theDownscopedTokenThatIsHandedOnIsTheOneThePreflightAsks() throws Exception {
        Verdict verdict = check.downscope("item_upload,base_explorer", "folder:111").folders("111:upload=app.zip")
                .verdict(ccg());
        assertTrue(verdict.summary().contains("; folders 111 'Uploads' (upload of 1 MB as 'app.zip' accepted)"),
                verdict.summary());
        assertEquals("the token downscoped to item_upload, base_explorer for folder 111", verdict.folders.get(0).token);
        assertEquals(1, box.preflights());
        assertTrue(Files.exists(tokenFile));
    }

    @Test
    void aDownscopedTokenWithoutItemUploadIsDownscopeInsufficientAndNotHandedOn() {
        BoxCheckFailure e = assertFailure(FailureKind.DOWNSCOPE_INSUFFICIENT, () -> check.downscope(
                "item_preview,base_explorer", "folder:111").folders("111:upload=app.zip").verdict(ccg()));
        assertTrue(e.getMessage().startsWith("Box would refuse the upload to folder 111 'Uploads': its preflight for a"
                + " 1 MB file named 'app.zip' by CI Service Account <AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com>"
                + " (user 3000001) with the token downscoped to item_preview, base_explorer for folder 111 answered (HTTP 403,"
                + " insufficient_scope: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(".\nAdd item_upload to box.downscope (a token downscoped to one item needs"
                + " it for that item), and keep box.downscopeResource a folder that holds the folder uploaded to."),
                e.getMessage());
        assertFalse(Files.exists(tokenFile), "a token that fails the stage's upload is not handed on");
        assertEquals(1, box.preflights());
    }

    @Test
    void aScopeTheExchangeDidNotGrantIsDownscopeInsufficient() {
        BoxCheckFailure e = assertFailure(FailureKind.DOWNSCOPE_INSUFFICIENT, () -> check.downscope(
                "item_delete,base_explorer", "folder:222").verdict(ccg()));
        assertEquals("Box downscoped the verified token to item_delete, base_explorer for folder 222 but did not grant"
                + " item_delete (its restricted_to lists base_explorer folder 222).\nBox grants only scopes the"
                + " verified token holds and the user's role on the item allows: give the app those scopes"
                + " (Application Scopes) and the user that role, or drop the scope from box.downscope.",
                e.getMessage().replaceAll(" \\(Box request id [^)]*\\)", ""));
        assertFalse(Files.exists(tokenFile));
    }

    @Test
    void anExchangeAnswerWithoutRestrictedToIsNoFailure() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).body("{\"type\":\"user\",\"id\":\"1\"}").build());
            server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"valid-ds-1-Q7w\","
                    + "\"expires_in\":3600,\"token_type\":\"bearer\"}").build());
            Verdict verdict = CheckFixture.against(server.url("/").toString()).downscope("item_upload", null)
                    .verdict(CheckFixture.tokenInEnvironment("valid-x"));
            assertTrue(verdict.summary().contains("hands on a token downscoped to item_upload"), verdict.summary());
        }
    }

    @Test
    void anExchangeThatGrantsAnotherItemIsDownscopeInsufficient() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).body("{\"type\":\"user\",\"id\":\"1\"}").build());
            server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"valid-ds-1-Q7w\","
                    + "\"expires_in\":3600,\"token_type\":\"bearer\",\"restricted_to\":[{\"scope\":\"item_upload\","
                    + "\"object\":{\"type\":\"folder\",\"id\":\"999\"}}]}").build());
            BoxCheckFailure e = assertFailure(FailureKind.DOWNSCOPE_INSUFFICIENT, () -> CheckFixture.against(
                    server.url("/").toString()).downscope("item_upload", "folder:111").verdict(
                    CheckFixture.tokenInEnvironment("valid-x")));
            assertTrue(e.getMessage().startsWith("Box downscoped the verified token to item_upload for folder 111 but"
                    + " did not grant folder 111 (it grants another item) (its restricted_to lists item_upload folder"
                    + " 999)"), e.getMessage());
        }
    }

    @Test
    void theStandInRefusesAQuotaAndAClashAsBoxDoes() {
        BoxCheckFailure full = assertFailure(FailureKind.UPLOAD_REFUSED, () -> CheckFixture.against(box.url())
                .folders("111:upload").verdict(CheckFixture.tokenInEnvironment("valid-full-1")));
        assertTrue(full.getMessage().contains("storage_limit_exceeded") && full.getMessage().contains("has used"
                + " 10.7 GB of 10.7 GB"), full.getMessage());
        BoxCheckFailure clash = assertFailure(FailureKind.UPLOAD_REFUSED, () -> CheckFixture.against(box.url())
                .folders("111:upload=legacy.zip").verdict(CheckFixture.tokenInEnvironment("valid-1")));
        assertTrue(clash.getMessage().contains("The folder already holds file 9002 'legacy.zip'"), clash.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "0KB", "-1MB", "1 TB", "1.5.2MB", "501GB", "500000000001", "466GiB", ""})
    void aSizeThatIsNotASizeOrOutOfRangeIsAnInvalidParameter(String size) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> CheckFixture.against(box.url())
                .uploadSize(size).folders("111:upload").verdict(CheckFixture.tokenInEnvironment("valid-1")));
        assertTrue(e.getMessage().startsWith("box.uploadSize '" + size.trim() + "' is "), e.getMessage());
        assertEquals(0, box.usersMeRequests(), "refused before anything is sent");
    }

    @Test
    void sizesAreDecimalOrBinaryAndTheLargestBoxTakesIsTaken() throws Exception {
        String[][] sizes = {{"1MB", "1000000"}, {"1 mb", "1000000"}, {"1MiB", "1048576"}, {"1.5GB", "1500000000"},
            {"2GiB", "2147483648"}, {"512", "512"}, {"10KB", "10000"}, {"10KiB", "10240"}};
        for (String[] size : sizes) {
            Verdict verdict = CheckFixture.against(box.url()).uploadSize(size[0]).folders("111:upload")
                    .verdict(CheckFixture.tokenInEnvironment("valid-1"));
            assertEquals(Long.parseLong(size[1]), verdict.folders.get(0).uploadSize, size[0]);
        }
        BoxCheckFailure largest = assertFailure(FailureKind.UPLOAD_REFUSED, () -> CheckFixture.against(box.url())
                .uploadSize("500GB").folders("111:upload").verdict(CheckFixture.tokenInEnvironment("valid-1")));
        assertTrue(largest.getMessage().contains("a 500 GB file named") && largest.getMessage().contains(
                "file_size_limit_exceeded"), "Box's limit, not the plugin's: " + largest.getMessage());
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> CheckFixture.against(box.url())
                .uploadSize("600GB").verdict(CheckFixture.tokenInEnvironment("valid-1")));
        assertEquals("box.uploadSize '600GB' is more than 500 GB, the largest file Box takes on any plan; give a"
                + " smaller size.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"111:upload=", "111:upload=a/b.zip", "111:upload=..\\b", "111:upload=a\u0001b",
        "111:upload=..", "111:uploads", "111:upload:x", "111=app.zip"})
    void aFolderEntryWithAPathLikeOrEmptyNameIsAnInvalidParameter(String entry) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> FolderRequirement.parseList(entry));
        assertTrue(e.getMessage().startsWith("box.folders item '" + entry.replace('\u0001', '?') + "' "),
                e.getMessage());
    }

    @Test
    void aNameLongerThanBoxTakesIsAnInvalidParameterAndOneOf255IsTaken() throws Exception {
        String longest = "a".repeat(251) + ".zip";
        assertEquals(longest, FolderRequirement.parseList("111:upload=" + longest).get(0).uploadName);
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> FolderRequirement.parseList(
                "111:upload=b" + longest));
        assertTrue(e.getMessage().endsWith("' names a file longer than 255 characters, Box's limit; give the file's"
                + " name alone, as the build uploads it (e.g. 111:upload=app-1.2.zip), or drop =<name> to check the"
                + " folder with a name unique to this run."), e.getMessage());
        assertTrue(e.getMessage().contains("..."), "the entry is shortened in the message");
    }
}
