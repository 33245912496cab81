package io.github.boxmaven.auth;

import io.github.boxmaven.credential.TokenSource;

import java.util.List;

/** Which credential the check uses, and why: a token the user has, or an app that obtains one. */
public final class AuthPlan {
    private final String method;
    private final String reason;
    private final List<TokenSource> tokenSources;
    private final AppCredential app;

    private AuthPlan(String method, String reason, List<TokenSource> tokenSources, AppCredential app) {
        this.method = method;
        this.reason = reason;
        this.tokenSources = tokenSources;
        this.app = app;
    }

    static AuthPlan token(String reason, List<TokenSource> sources) {
        return new AuthPlan("token", reason, sources, null);
    }

    static AuthPlan app(String method, String reason, AppCredential app) {
        return new AuthPlan(method, reason, null, app);
    }

    /** {@code token}, {@code ccg} or {@code jwt}. */
    public String method() {
        return method;
    }

    /** Why this method, for the log. */
    public String reason() {
        return reason;
    }

    public boolean usesGivenToken() {
        return app == null;
    }

    /** For {@code token}: where to look for it. */
    public List<TokenSource> tokenSources() {
        return tokenSources;
    }

    /** For {@code ccg} and {@code jwt}. */
    public AppCredential app() {
        return app;
    }
}
