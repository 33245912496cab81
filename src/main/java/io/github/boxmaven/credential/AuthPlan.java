package io.github.boxmaven.credential;

import java.util.Collections;
import java.util.List;

/** The method the check uses, why, the credential it found, and warnings for when it is used. */
public final class AuthPlan {
    private final AuthMethod method;
    private final String reason;
    private final Credential credential;
    private final List<String> warnings;

    AuthPlan(AuthMethod method, String reason, Credential credential, List<String> warnings) {
        this.method = method;
        this.reason = reason;
        this.credential = credential;
        this.warnings = Collections.unmodifiableList(warnings);
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

    /** {@code Box auth: ccg (a client id and secret ... are set)}. */
    public String describe() {
        return "Box auth: " + method + " (" + reason + ")";
    }
}
