package io.github.boxmaven.credential;

import java.util.Collections;
import java.util.List;

/**
 * The method the check uses, why, the credential it found, what to log when it is used, and, for a token an earlier
 * step handed on, the plan that replaces it when it no longer passes.
 */
public final class AuthPlan {
    private final AuthMethod method;
    private final String reason;
    private final Credential credential;
    private final List<String> warnings;
    private final List<String> notes;
    private final AuthPlan replacement;

    AuthPlan(AuthMethod method, String reason, Credential credential, List<String> warnings) {
        this(method, reason, credential, warnings, Collections.emptyList(), null);
    }

    AuthPlan(AuthMethod method, String reason, Credential credential, List<String> warnings, List<String> notes,
            AuthPlan replacement) {
        this.method = method;
        this.reason = reason;
        this.credential = credential;
        this.warnings = Collections.unmodifiableList(warnings);
        this.notes = Collections.unmodifiableList(notes);
        this.replacement = replacement;
    }

    /** {@code token}, {@code ccg} or {@code jwt}; never {@code auto}. */
    public AuthMethod method() {
        return method;
    }

    /** Why this method, for the log. */
    public String reason() {
        return reason;
    }

    public Credential credential() {
        return credential;
    }

    /** What to warn about when the credential is used, e.g. a secret given on the command line. */
    public List<String> warnings() {
        return warnings;
    }

    /** What to say at INFO (without a full stop) when the credential is used, e.g. why box.tokenFile was not taken. */
    public List<String> notes() {
        return notes;
    }

    /** Whether this plan checks the token an earlier step handed on in {@code box.tokenFile}. */
    public boolean takesHandedOnToken() {
        return credential instanceof HandedOnToken;
    }

    /** The plan that obtains a token to replace a handed-on one that no longer passes; null when there is none. */
    public AuthPlan replacement() {
        return replacement;
    }

    /** What a token this plan obtains is handed on for: what the run asked, with this plan's app and subject. */
    public TokenFile.Binding handOffBinding(TokenFile.Binding asked) {
        return asked.naming(credential.app(), credential.subject());
    }

    /** {@code Box auth: ccg (a client id and secret ... are set)}. */
    public String describe() {
        return "Box auth: " + method + " (" + reason + ")";
    }
}
