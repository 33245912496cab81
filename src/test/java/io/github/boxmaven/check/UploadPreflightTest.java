package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.report.Reports;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * {@code box.folders=111:upload} asks Box's upload preflight ({@code OPTIONS /2.0/files/content}, Box's OpenAPI spec
 * {@code options_files_content}: 200 {@code UploadUrl}, 409 {@code ConflictError}, else {@code ClientError}) whether the
 * upload would be accepted. The refusals are Box's codes and messages from its developer docs ("Common errors"): each
 * gets its kind and fix, the whole message asserted.
 */
class UploadPreflightTest {
    static final String ACCEPTED = "{\"upload_url\":\"https://upload.box.com/api/2.0/files/content\","
            + "\"upload_token\":null}";
    private static final String USER = "{\"type\":\"user\",\"id\":\"12345\",\"name\":\"Test User\",\"login\":"
            + "\"test@user.com\",\"status\":\"%s\",\"space_amount\":%s,\"space_used\":%s,\"max_upload_size\":%s}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private CheckFixture box() {
        return CheckFixture.against(server.url("/").toString());
    }

    private void user(String status, String amount, String used, String maxUpload) {
        answer(200, String.format(USER, status, amount, used, maxUpload));
    }

    private void user() {
        user("active", "10737418240", "0", "2147483648");
    }

    private void folder111() {
        answer(200, "{\"type\":\"folder\",\"id\":\"111\",\"name\":\"Uploads\",\"permissions\":{\"can_upload\":true}}");
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader("box-request-id", "0abc").body(body).build());
    }

    private static String boxError(int status, String code, String message, String contextInfo) {
        return "{\"type\":\"error\",\"status\":" + status + ",\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"context_info\":" + contextInfo + ",\"help_url\":\"https://developer.box.com/guides/api-calls/"
                + "permissions-and-errors/common-errors/\",\"request_id\":\"r1\"}";
    }

    private static Inputs token() {
        return CheckFixture.tokenInEnvironment("valid-upload");
    }

    /** The preflight that the folder check makes after the folder was found: user, folder, then this one. */
    private RecordedRequest preflightRequest() throws InterruptedException {
        server.takeRequest();
        server.takeRequest();
        return server.takeRequest();
    }

    private BoxCheckFailure refused(FailureKind kind, String folders, int status, String body) {
        user("active", "10737418240", "10737418240", "2147483648");
        folder111();
        answer(status, body);
        return assertFailure(kind, () -> box().folders(folders).verdict(token()));
    }

    @Test
    void thePreflightSendsTheNameTheSizeAndTheFolderAndNothingElse() throws Exception {
        user();
        folder111();
        answer(200, ACCEPTED);
        Verdict verdict = box().folders("111:upload=app-1.2.zip").uploadSize("250MB").verdict(token());
        RecordedRequest preflight = preflightRequest();
        assertEquals("OPTIONS", preflight.getMethod());
        assertEquals("/2.0/files/content", preflight.getTarget());
        assertEquals("Bearer valid-upload", preflight.getHeaders().get("Authorization"));
        assertEquals("application/json; charset=utf-8", preflight.getHeaders().get("Content-Type"));
        assertEquals("{\"name\":\"app-1.2.zip\",\"size\":250000000,\"parent\":{\"id\":\"111\"}}",
                preflight.getBody().utf8());
        assertTrue(verdict.summary().endsWith("; folders 111 'Uploads' (upload of 250 MB as 'app-1.2.zip' accepted)"),
                verdict.summary());
    }

    @Test
    void withoutANameThePreflightAsksAboutANameOfTheRunThatBoxTakes() throws Exception {
        String[] names = new String[2];
        for (int run = 0; run < 2; run++) {
            user();
            folder111();
            answer(200, ACCEPTED);
            box().folders("111:upload").verdict(token());
            JsonObject body = JsonParser.parseString(preflightRequest().getBody().utf8()).getAsJsonObject();
            names[run] = body.get("name").getAsString();
            assertEquals(1_000_000L, body.get("size").getAsLong(), "box.uploadSize's default, 1MB");
        }
        for (String name : names) {
            assertTrue(name.matches("box-maven-plugin-preflight-[0-9a-f-]{13}\\.txt"), name);
            assertFalse(name.matches(".*[/\\\\<>:|?*\\p{Cntrl}].*"), name);
        }
        assertNotEquals(names[0], names[1], "a name unique to each run, so that no file there ever clashes");
    }

    @Test
    void everyUploadFolderIsAskedAsTheUserAndTheReportSaysWhatWasChecked() throws Exception {
        user();
        answer(200, "{\"type\":\"user\",\"id\":\"4242\",\"name\":\"Jane Doe\",\"login\":\"jane@acme.com\","
                + "\"status\":\"active\",\"space_amount\":1.0e+15,\"space_used\":3}");
        folder111();
        answer(200, ACCEPTED);
        answer(200, "{\"type\":\"folder\",\"id\":\"112\",\"name\":\"Drops\",\"permissions\":{\"can_upload\":true}}");
        answer(200, "{\"upload_url\":\"https://upload.box.com/api/2.0/files/content\",\"upload_token\":"
                + "\"canary-upload-token-5x\"}");
        CheckFixture check = box().folders("111:upload,112:upload=b.zip").uploadSize("2GiB").asUser("4242", null);
        CheckReport report = check.report(token());
        assertEquals(CheckReport.Outcome.PASSED, report.outcome, report.headline());
        server.takeRequest();
        server.takeRequest();
        server.takeRequest();
        RecordedRequest first = server.takeRequest();
        assertEquals("OPTIONS", first.getMethod());
        assertEquals("4242", first.getHeaders().get("As-User"), "the preflight is made as box.asUser");
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals("{\"name\":\"b.zip\",\"size\":2147483648,\"parent\":{\"id\":\"112\"}}", second.getBody().utf8());
        String json = Reports.toJson(report);
        assertTrue(json.contains("\"id\": \"112\",\n      \"name\": \"Drops\",\n      \"upload\": true,\n"
                + "      \"preflight\": {\n        \"name\": \"b.zip\",\n        \"nameGiven\": true,\n"
                + "        \"sizeBytes\": 2147483648\n      },\n      \"token\": \"the verified token\",\n"
                + "      \"asUser\": \"4242\",\n      \"outcome\": \"passed\""), json);
        assertFalse(json.contains("canary-upload-token") || check.log.lines.toString().contains("canary-upload-token"),
                "Box's upload_token is a secret: never logged or reported");
        assertFalse(check.log.lines.toString().contains("WARN"), "1.0e+15 is Box's unlimited: no warning");
    }

    @Test
    void aFullQuotaSaysTheUsageAndWhoCanRaiseIt() {
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload", 403, boxError(403,
                "storage_limit_exceeded", "Account storage limit reached", "{}"));
        assertEquals("Box would refuse the upload to folder 111 'Uploads': its preflight for a 1 MB file named '"
                + e.getMessage().split("'")[3] + "' by Test User <test@user.com> (user 12345) answered (HTTP 403,"
                + " storage_limit_exceeded: Account storage limit reached) (Box request id r1.0abc).\nTest User"
                + " <test@user.com> (user 12345) has used 10.7 GB of 10.7 GB: free space (files in the trash count"
                + " until the trash is purged), or have a Box admin raise the user's storage (Admin Console > Users >"
                + " the user > Storage); a new app user may have none allocated.", e.getMessage());
    }

    @Test
    void theUsersNumbersExplainBoxsAnswerButThePreflightDecides() throws Exception {
        // /users/me says the quota is all but used and the largest upload smaller than asked: Box still accepts
        user("active", "1000", "950", "10");
        folder111();
        answer(200, ACCEPTED);
        CheckFixture check = box().folders("111:upload");
        Verdict verdict = check.verdict(token());
        assertTrue(verdict.summary().contains("(upload of 1 MB accepted)"), verdict.summary());
        assertTrue(check.log.lines.contains("WARN Box storage of Test User <test@user.com> (user 12345) is 95% used"
                + " (950 bytes of 1 KB): uploads fail once it is full, and files in the trash count until it is"
                + " purged."), check.log.lines.toString());
        assertEquals(3, server.getRequestCount(), "the preflight was made");
    }

    @Test
    void aFileAboveTheUsersLimitSaysTheLimit() {
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=big.iso", 403, boxError(403,
                "file_size_limit_exceeded", "File size exceeds the folder owner's file size limit", "{}"));
        assertEquals("Box would refuse the upload to folder 111 'Uploads': its preflight for a 1 MB file named"
                + " 'big.iso' by Test User <test@user.com> (user 12345) answered (HTTP 403, file_size_limit_exceeded:"
                + " File size exceeds the folder owner's file size limit) (Box request id r1.0abc).\nThe file is"
                + " larger than Test User <test@user.com> (user 12345)'s account takes (2.1 GB at most,"
                + " max_upload_size): lower box.uploadSize to the largest file the build uploads, or move to a Box"
                + " plan with a larger upload limit.", e.getMessage());
    }

    @Test
    void aNameInUseNamesTheFileWhetherBoxListsTheConflictsOrSendsOne() {
        String file = "{\"type\":\"file\",\"id\":\"9001\",\"sequence_id\":\"3\",\"etag\":\"3\",\"sha1\":"
                + "\"85136c79cbf9fe36bb9d05d0639c70c265c18d37\",\"name\":\"release.zip\"}";
        for (String conflicts : new String[] {"[" + file + "]", file}) {
            BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=release.zip", 409, boxError(409,
                    "item_name_in_use", "Item with the same name already exists", "{\"conflicts\":" + conflicts + "}"));
            assertEquals("Box would refuse the upload to folder 111 'Uploads': its preflight for a 1 MB file named"
                    + " 'release.zip' by Test User <test@user.com> (user 12345) answered (HTTP 409, item_name_in_use:"
                    + " Item with the same name already exists) (Box request id r1.0abc).\nThe folder already holds"
                    + " file 9001 'release.zip': to replace it, upload a new version to the file instead (POST"
                    + " /2.0/files/9001/content); else give the file another name, or drop =<name> in box.folders to"
                    + " check the folder alone.", e.getMessage());
        }
    }

    @Test
    void aNameBoxDoesNotTakeSaysBoxsRules() {
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=bad name ", 400, boxError(400,
                "item_name_invalid", "Item name invalid", "{}"));
        assertTrue(e.getMessage().endsWith("answered (HTTP 400, item_name_invalid: Item name invalid) (Box request id"
                + " r1.0abc).\nBox does not take that name (no / or \\, no control characters, not . or .., no leading"
                + " or trailing spaces, at most 255 characters): change it in box.folders and in the build."),
                e.getMessage());
    }

    @Test
    void aTokenThatReadsButMayNotWriteGetsTheAppsWriteScope() {
        String fix = "\nGive the app the \"Write all files and folders stored in Box\" scope (Developer Console > your"
                + " app > Configuration > Application Scopes), have an admin re-authorize the app (Admin Console >"
                + " Apps), then get a new token.";
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=a.zip", 403, boxError(403,
                "insufficient_scope", "The request requires higher privileges than provided by the access token.",
                "{}"));
        assertTrue(e.getMessage().endsWith("answered (HTTP 403, insufficient_scope: The request requires higher"
                + " privileges than provided by the access token.) (Box request id r1.0abc)." + fix), e.getMessage());
        // Box may say it only in WWW-Authenticate, with an empty body
        user();
        folder111();
        server.enqueue(new MockResponse.Builder().code(403).addHeader("WWW-Authenticate", "Bearer realm=\"Service\","
                + " error=\"insufficient_scope\", error_description=\"The request requires higher privileges than"
                + " provided by the access token.\"").build());
        e = assertFailure(FailureKind.UPLOAD_REFUSED, () -> box().folders("111:upload=a.zip").verdict(token()));
        assertTrue(e.getMessage().endsWith("answered (HTTP 403, insufficient_scope: The request requires higher"
                + " privileges than provided by the access token.)." + fix), e.getMessage());
    }

    @Test
    void aUserWithoutTheRightRoleGetsBothFixes() {
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=a.zip", 403, boxError(403,
                "access_denied_insufficient_permissions", "Access denied - insufficient permission", "{}"));
        assertTrue(e.getMessage().endsWith("(HTTP 403, access_denied_insufficient_permissions: Access denied -"
                + " insufficient permission) (Box request id r1.0abc).\nGive Test User <test@user.com> (user 12345)"
                + " an Editor or Uploader role on the folder; if it has one, the app lacks the \"Write all files and"
                + " folders stored in Box\" scope (Developer Console > your app > Configuration > Application Scopes),"
                + " have an admin re-authorize the app (Admin Console > Apps), then get a new token."), e.getMessage());
    }

    @Test
    void aFolderThePreflightDoesNotFindIsRefusedWithItsFix() {
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=a.zip", 404, boxError(404, "not_found",
                "Not Found", "{}"));
        assertTrue(e.getMessage().endsWith("(HTTP 404, not_found: Not Found) (Box request id r1.0abc).\nBox showed the"
                + " folder but does not find it to upload to: check the id in box.folders, and that Test User"
                + " <test@user.com> (user 12345) still is a collaborator."), e.getMessage());
    }

    @Test
    void anUnknownCodeIsQuotedCleanedAndAnAccountCodeKeepsItsKind() {
        BoxCheckFailure e = refused(FailureKind.UPLOAD_REFUSED, "111:upload=a.zip", 400, boxError(400,
                "new_rule\\u001b[31m", "Uploads are paused\\u0007", "{}"));
        assertTrue(e.getMessage().contains("answered (HTTP 400, new_rule?[31m: Uploads are paused?) (Box request id"
                + " r1.0abc).\nBox's message says why; if it is unclear, report it to Box support with the request"
                + " id."), e.getMessage());
        e = refused(FailureKind.FORBIDDEN_BY_POLICY, "111:upload=a.zip", 403, boxError(403, "forbidden_by_policy",
                "Access denied by a Shield policy", "{}"));
        assertTrue(e.getMessage().contains("(HTTP 403, forbidden_by_policy: Access denied by a Shield policy)"),
                e.getMessage());
    }

    @Test
    void anAnswerThatIsNeitherAnAcceptanceNorABoxErrorIsNeverAPass() {
        String[][] answers = {{"200", "{\"upload_token\":null}"}, {"200", "{\"upload_url\":42}"},
            {"200", "<html>Welcome to the guest network</html>"}, {"404", ""}, {"409", "{\"status\":409}"}};
        for (String[] answer : answers) {
            user();
            folder111();
            answer(Integer.parseInt(answer[0]), answer[1]);
            BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, () -> box().folders("111:upload")
                    .verdict(token()));
            assertTrue(e.getMessage().startsWith("This does not look like the Box API at " + server.url("/")
                    + "2.0/files/content: HTTP " + answer[0]), e.getMessage());
        }
    }

    @Test
    void anInactiveUserFailsAnyCheck() {
        user("inactive", "10", "0", "10");
        BoxCheckFailure e = assertFailure(FailureKind.USER_INACTIVE, () -> box().verdict(token()));
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but says its user Test User"
                + " <test@user.com> (user 12345) is inactive (status inactive).\nHave a Box admin set the user active"
                + " again (Admin Console > Users > the user > Status), or use a token for an active user.",
                e.getMessage());
    }

    @Test
    void aUserWhoMayNotUploadFailsOnlyAnUploadCheck() throws Exception {
        user("cannot_delete_edit_upload", "10", "0", "10");
        assertTrue(box().folders("").verdict(token()).summary().startsWith("Box token OK: Test User"));
        user("cannot_delete_edit_upload", "10", "0", "10");
        BoxCheckFailure e = assertFailure(FailureKind.UPLOAD_REFUSED, () -> box().folders("111:upload,222")
                .verdict(token()));
        assertEquals("Box says Test User <test@user.com> (user 12345) may not upload (status"
                + " cannot_delete_edit_upload), but box.folders asks to upload to 111.\nHave a Box admin set the"
                + " user's status to Active (Admin Console > Users > the user > Status), or drop :upload from"
                + " box.folders.", e.getMessage());
        assertEquals(2, server.getRequestCount(), "refused before any folder is asked");
    }

    @Test
    void aUserWhoMayNotEditIsWarnedThatANewVersionWouldBeRefused() throws Exception {
        user("cannot_delete_edit", "10", "0", "10");
        folder111();
        answer(200, ACCEPTED);
        CheckFixture check = box().folders("111:upload");
        check.verdict(token());
        assertTrue(check.log.lines.contains("WARN Box says Test User <test@user.com> (user 12345) may not edit or"
                + " delete (status cannot_delete_edit): new files upload to 111, but a new version of an existing"
                + " file will be refused."), check.log.lines.toString());
    }

    @Test
    void aFailedPreflightIsInTheReportWithTheFoldersNotChecked() throws Exception {
        user();
        folder111();
        answer(409, boxError(409, "item_name_in_use", "Item with the same name already exists", "{}"));
        CheckReport report = box().folders("111:upload=a.zip,222").report(token());
        String json = Reports.toJson(report);
        assertTrue(json.contains("\"outcome\": \"failed\",\n      \"failureKind\": \"upload-refused\""), json);
        assertTrue(json.contains("\"id\": \"222\",\n      \"name\": null,\n      \"upload\": false,\n"
                + "      \"preflight\": null,\n      \"token\": \"the verified token\",\n      \"asUser\": null,\n"
                + "      \"outcome\": \"not-checked\""), json);
    }
}
