package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.expiry.Expiry;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A passed check: whom the token acts for, where it came from, when it expires, which folders it may use. */
public final class Verdict {
    /** Null for a token downscoped to one item, which is checked on that item instead of {@code /users/me}. */
    public final BoxUser user;
    /** {@code from settings.xml server 'box'}, {@code obtained by JWT for enterprise 12345 (...)}. */
    public final String tokenOrigin;
    public final Expiry expiry;
    public final Instant checkedAt;
    /** The folders checked, e.g. {@code 111 'Uploads' (upload)}. */
    public final List<String> folders;
    private final String handedOn;
    /** The SHA-256 of each token it vouches for (the verified one, and the one handed on): a revocation forgets it. */
    final Set<String> tokens;

    public Verdict(BoxUser user, String tokenOrigin, Expiry expiry, List<String> folders, String handedOn,
            Set<String> tokens, Instant checkedAt) {
        this.user = user;
        this.tokenOrigin = tokenOrigin;
        this.expiry = expiry;
        this.folders = Collections.unmodifiableList(folders);
        this.handedOn = handedOn;
        this.tokens = Collections.unmodifiableSet(tokens);
        this.checkedAt = checkedAt;
    }

    /** Whether it vouches for the token with this SHA-256. */
    public boolean vouchesFor(String tokenSha256) {
        return tokens.contains(tokenSha256);
    }

    /** {@code Box token OK: Test User <test@user.com> (user 12345), token from ...; expires in ...}. */
    public String summary() {
        return "Box token OK: " + (user == null ? "" : user.describe() + ", ") + "token " + tokenOrigin + "; "
                + expiry.describe(checkedAt) + (folders.isEmpty() ? "" : "; folders " + String.join(", ", folders))
                + (handedOn.isEmpty() ? "" : "; " + handedOn);
    }
}
