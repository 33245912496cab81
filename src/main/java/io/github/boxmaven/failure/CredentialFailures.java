package io.github.boxmaven.failure;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;

/** Failures of finding and reading the credential: no token, a malformed one, an app config that cannot be used. */
public final class CredentialFailures {
    private static final String ONE_FILE_PER_BUILD = "Give each build that runs at the same time its own box.tokenFile,"
            + " such as $RUNNER_TEMP/box-token.";
    private static final String SET_SUBJECT = "box.enterpriseId or box.userId (or BOX_ENTERPRISE_ID or BOX_USER_ID)";

    private CredentialFailures() {}

    /** No token anywhere: {@code placesLooked} says how to set each, {@code notes} what was found but unusable. */
    public static BoxCheckFailure noCredentialFound(List<String> placesLooked, List<String> notes) {
        return new BoxCheckFailure(FailureKind.NO_TOKEN, "No Box token found"
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")") + ".\nSet one of: "
                + String.join(", or ", placesLooked) + ". To create a developer token (valid 60 minutes): "
                + Fixes.GENERATE_DEVELOPER_TOKEN + ".", null, null);
    }

    /** The configured token cannot be a Box token; refused before any request. */
    public static BoxCheckFailure malformedToken(String source, String problem) {
        return new BoxCheckFailure(FailureKind.MALFORMED_TOKEN, "The Box token from " + source + " " + problem
                + ", so it cannot be a Box token and was not sent. Copy the token again, without quotes or line"
                + " breaks.", null, null);
    }

    /** An encrypted password in settings.xml could not be decrypted. */
    public static BoxCheckFailure settingsDecryption(String serverId, String reason, Throwable cause) {
        return BoxCheckFailure.withFix(FailureKind.SETTINGS_DECRYPTION, "Cannot decrypt the password of settings.xml"
                + " server '" + serverId + "' (" + reason + ")", "Check that ~/.m2/settings-security.xml (or the file"
                + " -Dsettings.security names) holds the master password it was encrypted with, or encrypt it again"
                + " with mvn --encrypt-password.", cause);
    }

    /**
     * An app set up in part, for {@code box.auth=ccg} or (no token found) {@code box.auth=auto}: each of the client id,
     * the client secret and the subject is named with where it is set, or null when it is missing.
     */
    public static BoxCheckFailure appIncomplete(boolean ccgAsked, String clientId, String clientSecret,
            String subject, String serverId) {
        List<String> set = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        boolean pair = clientId != null && clientId.equals(clientSecret);
        String[][] parts = {{pair ? "a client id and secret" : "a client id", clientId, "the client id",
            "BOX_CLIENT_ID or box.clientId"}, {"a client secret", pair ? null : clientSecret, "the client secret",
            "BOX_CLIENT_SECRET or box.clientSecret"}, {"a subject", subject, "the subject", SET_SUBJECT}};
        for (String[] part : parts) {
            if (pair && part[2].equals("the client secret")) {
                continue;
            } else if (part[1] != null) {
                set.add(part[0] + " (" + part[1] + ")");
            } else {
                missing.add(part[2]);
                fixes.add(part[3]);
            }
        }
        String what = (set.isEmpty() ? "nothing of a Box app is set" : and(set) + (set.size() == 1 ? " is" : " are")
                + " set") + "; " + and(missing) + (missing.size() == 1 ? " is" : " are") + " missing";
        return BoxCheckFailure.withFix(FailureKind.CCG_INCOMPLETE, (ccgAsked
                ? "The Client Credentials Grant (box.auth=ccg) cannot be used: " : "No Box token found, and a Box app"
                + " is set up in part for the Client Credentials Grant: ") + what, "Set " + String.join(", and ",
                fixes) + (clientId == null && clientSecret == null ? " (or the id and secret as <username> and"
                + " <password> of settings.xml server '" + serverId + "')" : "") + (ccgAsked ? "." : "; or, to"
                + " check a token instead, set BOX_TOKEN and remove the app's settings."), null);
    }

    private static String and(List<String> items) {
        return items.size() < 2 ? String.join("", items) : String.join(", ", items.subList(0, items.size() - 1))
                + " and " + items.get(items.size() - 1);
    }

    public static BoxCheckFailure jwtConfigMissing() {
        return BoxCheckFailure.withFix(FailureKind.JWT_CONFIG_MISSING, "box.auth=jwt needs box.jwtConfig, which is not"
                + " set", "Point box.jwtConfig at the app's JSON config (" + Fixes.DOWNLOAD_APP_CONFIG + ").", null);
    }

    /** Neither the config file nor the build names whom the token acts for. */
    public static BoxCheckFailure jwtSubjectMissing(String configFile) {
        return BoxCheckFailure.withFix(FailureKind.JWT_SUBJECT_MISSING, "box.jwtConfig " + configFile
                + " has no enterpriseID and no box.userId is set", "Set " + SET_SUBJECT + ".", null);
    }

    /** The config's {@code enterpriseID} is "0": a free developer account's app, with no enterprise to act for. */
    public static BoxCheckFailure jwtFreeAccount(String configFile) {
        return BoxCheckFailure.withFix(FailureKind.JWT_SUBJECT_MISSING, "box.jwtConfig " + configFile + " has"
                + " enterpriseID 0: its app belongs to a free developer account, which has no enterprise and so no"
                + " service account to act for, and Box would refuse the assertion (invalid_grant); nothing was sent",
                "Set box.userId (or BOX_USER_ID) to the account's user id (the app needs \"Generate User Access"
                + " Tokens\"), or create the app in an enterprise or a developer sandbox.", null);
    }

    /** @param where {@code box.jwtConfig /path/config.json} */
    public static BoxCheckFailure jwtConfigUnreadable(String where, Throwable cause) {
        return BoxCheckFailure.withFix(FailureKind.JWT_CONFIG_UNREADABLE, "Cannot read " + where + " ("
                + Causes.describe(cause) + ")", "Download the app's JSON config (" + Fixes.DOWNLOAD_APP_CONFIG
                + ") and point box.jwtConfig at it.", cause);
    }

    /** @param what {@code box.jwtConfig /path/config.json has no boxAppSettings.clientID} */
    public static BoxCheckFailure jwtConfigInvalid(String what) {
        return BoxCheckFailure.withFix(FailureKind.JWT_CONFIG_INVALID, what, "Use the JSON file the Box Developer"
                + " Console downloads for the app (Configuration > App Settings > Download as JSON), unchanged.", null);
    }

    public static BoxCheckFailure jwtPassphraseMissing(String where) {
        return BoxCheckFailure.withFix(FailureKind.JWT_PASSPHRASE_MISSING, "The private key in " + where
                + " is encrypted, but no passphrase was given", "Keep boxAppSettings.appAuth.passphrase in the file,"
                + " or set the BOX_JWT_PASSPHRASE environment variable.", null);
    }

    public static BoxCheckFailure jwtPassphraseWrong(String where, Throwable cause) {
        return BoxCheckFailure.withFix(FailureKind.JWT_PASSPHRASE_WRONG, "Cannot decrypt the private key in " + where
                + ": the passphrase is wrong", "Use the passphrase that came with the key"
                + " (boxAppSettings.appAuth.passphrase or BOX_JWT_PASSPHRASE); if it is lost, add a new key pair to the"
                + " app in the Developer Console.", cause);
    }

    /** @param problem {@code is not valid PEM} */
    public static BoxCheckFailure jwtKeyUnreadable(String where, String problem, Throwable cause) {
        return BoxCheckFailure.withFix(FailureKind.JWT_KEY_UNREADABLE, "The private key in " + where + " " + problem,
                "Use the privateKey exactly as the Developer Console wrote it into the app's JSON config.", cause);
    }

    /** {@code box.tokenFile} or its record ({@code file}) is no regular file, too large, or cannot be read or written. */
    public static BoxCheckFailure tokenFileUnusable(String file, IOException cause) {
        String reason = cause instanceof FileSystemException && file.equals(((FileSystemException) cause).getFile())
                && ((FileSystemException) cause).getReason() != null ? ((FileSystemException) cause).getReason()
                : "cannot be read or written (" + Causes.describe(cause) + ")";
        return BoxCheckFailure.withFix(FailureKind.TOKEN_FILE_UNWRITABLE, "Cannot use " + file + " for box.tokenFile:"
                + " it " + reason, "Point box.tokenFile at a regular file in the runner's temporary directory, such as"
                + " $RUNNER_TEMP/box-token.", cause);
    }

    /** Another build held the lock beside {@code box.tokenFile} for {@code wait} ({@code 10s}), as long as this one waits. */
    public static BoxCheckFailure tokenFileBusy(String file, String wait) {
        return BoxCheckFailure.withFix(FailureKind.TOKEN_FILE_UNWRITABLE, "box.tokenFile " + file + " stayed locked by"
                + " another build for " + wait + ", so this check's token was not written",
                ONE_FILE_PER_BUILD, null);
    }

    /** Another build wrote {@code box.tokenFile} while this check ran: it keeps its token, this one is not written. */
    public static BoxCheckFailure tokenFileChanged(String file) {
        return BoxCheckFailure.withFix(FailureKind.TOKEN_FILE_UNWRITABLE, "box.tokenFile " + file + " was written by"
                + " another build while this check ran, so this check's token was not written over it",
                ONE_FILE_PER_BUILD, null);
    }
}
