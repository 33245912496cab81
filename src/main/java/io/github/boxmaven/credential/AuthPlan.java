package io.github.boxmaven.credential;

import java.util.Collections;
import java.util.List;

/** The method, why, the credential, what to log, and for a handed-on token the plan that replaces it. */
public final class AuthPlan {
    /** {@code token}, {@code ccg} or {@code jwt}; never {@code auto}. */
    public final AuthMethod method;
    /** Why this method, for the log. */
    public final String reason;
    public final Credential credential;
    /** What to warn about when the credential is used, e.g. a secret given on the command line. */
    public final List<String> warnings;
    /** What to say at INFO (without a full stop) when the credential is used, e.g. why box.tokenFile was not taken. */
    public final List<String> notes;
    /** The plan that obtains a token to replace a handed-on one that no longer passes; null when there is none. */
    public final AuthPlan replacement;

    AuthPlan(AuthMethod method, String reason, Credential credential, List<String> warnings, List<String> notes,
            AuthPlan replacement) {
        this.method = method;
        this.reason = reason;
        this.credential = credential;
        this.warnings = Collections.unmodifiableList(warnings);
        this.notes = Collections.unmodifiableList(notes);
        this.replacement = replacement;
    }

    /** Whether this plan checks the token an earlier step handed on in {@code box.tokenFile}. */
    public boolean takesHandedOnToken() {
        return credential instanceof HandedOnToken;
    }

    /** What a token this plan obtains is handed on for: what the run asked, with this plan's app and subject. */
    public TokenFile.Binding handedOnFor(TokenFile.Binding asked) {
        return asked.naming(credential.app(), credential.subject());
    }

    /** {@code Box auth: ccg (a client id and secret ... are set)}. */
    public String describe() {
        return "Box auth: " + method + " (" + reason + ")";
    }
}
