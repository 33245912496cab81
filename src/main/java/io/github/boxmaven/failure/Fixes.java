package io.github.boxmaven.failure;

import java.util.Locale;

/**
 * What to do, worded once: the advice failures give, and the fixes for Box's refusals of an app, each with the answer
 * it fixes. Read top to bottom, this is the plugin's troubleshooting guide.
 */
public final class Fixes {
    /** Where a developer token comes from. */
    public static final String GENERATE_DEVELOPER_TOKEN = "Box Developer Console > your app > Configuration >"
            + " Developer Token > Generate Developer Token";

    /** Where a JWT app's config file comes from. */
    public static final String DOWNLOAD_APP_CONFIG = "Box Developer Console > your app > Configuration > App"
            + " Settings > Download as JSON";

    /** What to do behind a corporate proxy. */
    public static final String CONFIGURE_PROXY = "behind a corporate proxy, configure it in settings.xml <proxies>";

    private static final String SHORTER_STAGE = "lower box.minValidity, or have the stage obtain its own token.";

    /** Where an admin authorizes an app, also again after a change of its scopes or access level. */
    private static final String AUTHORIZE_APP = "an admin authorizes it with its client id in the Admin Console > Apps"
            + " > Custom Apps Manager";

    /** {@code terms_of_service_required}; Box: service accounts and app users are exempt. */
    static final String ACCEPT_TERMS = "The user the token acts for has not accepted the enterprise's custom terms of"
            + " service: that user signs in to Box once in a browser and accepts them, then run the build again (an"
            + " app's service account and app users are exempt).";

    /** {@code password_reset_required}. */
    static final String RESET_PASSWORD = "The user the token acts for must reset the Box password before Box serves"
            + " it: that user signs in to Box in a browser and completes the reset, then run the build again.";

    /** {@code user_email_confirmation_required}. */
    static final String CONFIRM_EMAIL = "The user the token acts for has not confirmed the email address of the Box"
            + " account: that user follows the link in Box's confirmation email, then run the build again.";

    /** {@code access_from_location_blocked}. */
    static final String APPROVED_LOCATION = "An admin allows access to the enterprise only from approved locations, and"
            + " this machine's is not one: ask an admin to approve the network this build runs on, or run it from one.";

    /** {@code forbidden_by_policy}. */
    static final String SHIELD_POLICY = "A Box Shield access policy of the enterprise blocks this: ask an enterprise"
            + " admin to adjust the Shield policy that applies to this user or item.";

    /** {@code access_denied_insufficient_permissions}, and a 403 whose code this plugin does not know. */
    static final String USER_OR_APP_PERMISSIONS = "Either the user the token acts for lacks the permission (give it"
            + " access, such as a collaborator role on the item), or the app does (its Application Scopes in the"
            + " Developer Console > your app > Configuration, then an admin re-authorizes it and you get a new token).";

    /** {@code insufficient_scope}. */
    static final String APP_SCOPES = "Give the app the scopes it needs (Developer Console > your app > Configuration >"
            + " Application Scopes), have an admin re-authorize it, then get a new token; a downscoped token needs the scope in box.downscope too.";

    /** What to say of a rate limit: Box's limits are per user, shared by every job that acts for that user. */
    static final String RATE_LIMITS = "Box limits requests per user (about 1000 a minute, 240 uploads a minute),"
            + " shared by every job that uses the same user or service account: spread their calls";

    private Fixes() {}

    /** A secret given with {@code -D}, where it lands in shell history and CI logs. */
    public static String givenOnCommandLine(String property, String serverId, String environmentVariable) {
        return property + " was given on the command line, where it lands in shell history and CI logs."
                + keepSecret(serverId, environmentVariable);
    }

    /** A secret written as a value in a pom: committed, and published with the POM. */
    public static String writtenInPom(String property, String serverId, String environmentVariable) {
        return property + " is written in the pom's <properties>, which is committed to version control and"
                + " published with the POM." + keepSecret(serverId, environmentVariable);
    }

    private static String keepSecret(String serverId, String environmentVariable) {
        return " Keep it in settings.xml (<server><id>" + serverId + "</id><password>, encrypted) or in the "
                + environmentVariable + " environment variable.";
    }

    /** A given token that will not outlive {@code box.minValidity}. */
    public static String renewGivenToken(String source) {
        return "Generate a new developer token (" + GENERATE_DEVELOPER_TOKEN + ") and update " + source + ", or lower"
                + " box.minValidity if the stages after this check need less time.";
    }

    /** A given token Box rejects (401). */
    public static String rejectedGivenToken(String source) {
        return "Generate a new token (" + GENERATE_DEVELOPER_TOKEN + ") and update " + source + ".";
    }

    /** How long a token lives when it is not a developer token, for a failure that rests on the ledger's bound. */
    public static final String STATE_LIFETIME = "If it is not a developer token (an App Token, or one another step"
            + " obtained), state its real lifetime with box.token.lifetime (such as 90d) or box.token.expiresAt.";

    /** A given token whose stated expiry ({@code parameter}) is too soon: a new token needs a new value there too. */
    public static String restateExpiry(String parameter) {
        return "Update " + parameter + " with the new token: checked against the old value, a new token fails too.";
    }

    /** A token Box issued to this run moments ago and then rejects (401): the grant worked, so the app is at fault. */
    public static final String REJECTED_OBTAINED_TOKEN = "Box issued this token moments ago, so the app's credentials"
            + " work: check that the user it acts for (the app's service account, or box.userId) is active in the"
            + " Admin Console > Users, and that the app is still authorized in the Admin Console > Apps > Custom"
            + " Apps Manager.";

    /** An app's token that will not outlive {@code box.minValidity}. */
    public static String appTokensTooShort(String expiresIn) {
        return "Box issues this app's tokens for " + expiresIn + ", so one token cannot serve a longer stage: "
                + SHORTER_STAGE;
    }

    /** A downscoped token that will not outlive {@code box.minValidity}. */
    public static String downscopedTokenTooShort(String expiresIn) {
        return "Box issued the downscoped token for " + expiresIn + ", so it cannot serve a longer stage: "
                + SHORTER_STAGE;
    }

    /** A token an earlier step handed on that no longer passes, with no app to obtain another. */
    public static final String RENEW_HANDED_ON_TOKEN = "Run the step that obtains the token again, or give this step"
            + " the app's credentials so that it obtains a fresh one.";

    /**
     * The likely cause of a refusal of {@code /oauth2/token} or {@code /oauth2/revoke} (Box's words in comments), and
     * its fix; {@code subject} ({@code enterprise 12345}) null to revoke, {@code jti} null but by JWT.
     */
    public static String tokenEndpoint(String error, String description, String credentialSource, String subject,
            String subjectSource, String jti) {
        String text = ((error == null ? "" : error) + " " + (description == null ? "" : description))
                .toLowerCase(Locale.ROOT);
        boolean jwt = jti != null;
        if (text.contains("invalid_client")) {
            // "The client credentials are invalid"
            return "The client id or client secret is wrong: check " + credentialSource + " against the app's"
                    + " Configuration page in the Box Developer Console.";
        } else if (text.contains("is unauthorized for this client_id") && text.contains("box_sub")) {
            // 'The "box_subject_type" value is unauthorized for this client_id'
            return "The app's access level does not allow tokens for " + (subject == null ? "this subject"
                    : "a subject of type " + subject.split(" ")[0]) + ": App Access Only gives tokens for the service"
                    + " account and the app's own users; to act for managed users, set App + Enterprise Access"
                    + " (Developer Console > your app > Configuration > App Access Level), then have an admin authorize"
                    + " the app again in the Admin Console > Apps > Custom Apps Manager.";
        } else if (text.contains("unauthorized_client") || text.contains("not authorized")) {
            // "This app is not authorized by the enterprise admin"
            return "The app is not authorized in this enterprise, or needs authorizing again after a change of its"
                    + " scopes or access level: " + AUTHORIZE_APP + ".";
        } else if (jwt && text.contains("signature verification")) {
            // 'Signature verification error. The public key identified by "kid" must correspond to the private key...'
            return "The public key id in " + credentialSource + " names no public key of the app that matches its"
                    + " private key, or the key was removed: add a new key pair (Developer Console > your app >"
                    + " Configuration > Add and Manage Public Keys > Generate a Public/Private Keypair) and use the"
                    + " config file it downloads.";
        } else if (jwt && text.contains("'sub'") && subject != null) {
            // "Please check the 'sub' claim. The 'sub' specified is invalid."
            return "The subject " + subject + " (from " + subjectSource + ") is not valid for this app: an enterprise"
                    + " subject is the enterprise id, a user subject the id of a user of that enterprise (not a login,"
                    + " nor the service account's id), and the app must be authorized in that enterprise.";
        } else if (jwt && text.contains("'jti'")) {
            // "Please check the 'jti' claim. A unique 'jti' value is required.", for a fresh jti too
            return "Box said it had seen the assertion's jti before, also for the new assertion sent once more with the"
                    + " fresh jti " + jti + ": something between this machine and Box sends requests twice, or Box's"
                    + " check of the jti is at fault. Run the build again; if it persists, report it to Box support"
                    + " with the request id.";
        } else if (jwt && (text.contains("'exp'") || text.contains("clock") || text.contains("time"))) {
            // "Please check the 'exp' claim.", without a Date header to sign on Box's time
            return "The assertion looks expired: this machine's clock is probably more than a minute off; sync it"
                    + " (NTP) and run the build again.";
        } else if (!jwt && text.contains("grant credentials are invalid") && subject != null) {
            // CCG's "Grant credentials are invalid": Box's CCG guide names these causes, in this order
            return "Box's guide to the Client Credentials Grant names three causes. 1. The client id or client secret"
                    + " is wrong or not of the same app: check " + credentialSource + " against the app's Configuration"
                    + " page in the Box Developer Console. 2. The subject (" + subject + ", from " + subjectSource
                    + ") cannot be used with the app's access level: an App Access Only app authenticates only as its"
                    + " service account (box.enterpriseId); a managed user or admin (box.userId) needs App + Enterprise"
                    + " Access and Generate User Access Tokens, an app user Generate User Access Tokens. 3. The app is"
                    + " not authorized in this enterprise: " + AUTHORIZE_APP + ".";
        } else if (text.contains("invalid_grant") && subject != null) {
            return "Check the subject (" + subject + ", from " + subjectSource + ": the enterprise ID, or a user of"
                    + " that enterprise), that the app is authorized in the Admin Console" + (jwt ? ", that the public"
                    + " key ID matches a key of the app, and that this machine's clock is less than a minute off" : "")
                    + ".";
        }
        return "Check the app's settings in the Box Developer Console and " + credentialSource + ".";
    }
}
