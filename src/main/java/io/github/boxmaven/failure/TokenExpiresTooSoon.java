package io.github.boxmaven.failure;

/** The token works now but will not outlive {@code box.minValidity}. */
public final class TokenExpiresTooSoon extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    /**
     * @param remaining how long it has left and how that is known, e.g. {@code 4m 10s (at 10:15:00Z, from box.token.expiresAt)}
     */
    public TokenExpiresTooSoon(String source, String remaining, String minValidity, String fix) {
        super(FailureKind.EXPIRES_TOO_SOON, "Box token from " + source + " expires in " + remaining + ", less than box.minValidity "
                + minValidity + ".\n" + fix);
    }
}
