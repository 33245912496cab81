package io.github.boxmaven.credential;

import java.util.Collections;
import java.util.List;

/** The method, why, the credential, and what to warn about when it is used. */
public final class AuthPlan {
    /** {@code token}, {@code ccg} or {@code jwt}; never {@code auto}. */
    public final AuthMethod method;
    /** Why this method, for the log. */
    public final String reason;
    public final Credential credential;
    /** What to warn about when the credential is used, e.g. a secret given on the command line. */
    public final List<String> warnings;

    /** @param warning what to warn about when it is used, or null */
    AuthPlan(AuthMethod method, String reason, Credential credential, String warning) {
        this.method = method;
        this.reason = reason;
        this.credential = credential;
        this.warnings = warning == null ? Collections.emptyList() : Collections.singletonList(warning);
    }

    /** {@code Box auth: ccg (a client id and secret ... are set)}. */
    public String describe() {
        return "Box auth: " + method + " (" + reason + ")";
    }
}
