package io.github.boxmaven.credential;

import java.util.Collections;
import java.util.List;

/** The method, why, the credential, and what to warn about when it is used. */
public final class AuthPlan {
    /** {@code token}, {@code ccg} or {@code jwt}; never {@code auto}. */
    public final AuthMethod method;
    /** Why this method, for the log: {@code because box.jwtConfig is set}, {@code as box.auth=ccg asks}. */
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

    /**
     * What the check does with which credential, and why, in words a user scans: {@code Box: checking the token from
     * environment variable BOX_TOKEN, because no Box app is set up (...).} or {@code Box: obtaining a token by Client
     * Credentials Grant for enterprise 777 (client id and secret from ..., subject from ...), as box.auth=ccg asks.}
     */
    public String describe() {
        return "Box: " + (method.obtainsToken() ? "obtaining a token by " : "checking the token from ")
                + credential.describe() + ", " + reason + ".";
    }
}
