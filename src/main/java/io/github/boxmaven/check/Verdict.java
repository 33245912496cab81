package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.expiry.Expiry;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** A passed check: whom the token acts for, where it came from, when it expires, which folders it may use. */
public final class Verdict {
    private final BoxUser user;
    private final String tokenOrigin;
    private final Expiry expiry;
    private final Instant checkedAt;
    private final List<String> folders;
    private final String handedOn;

    /**
     * @param tokenOrigin {@code from settings.xml server 'box'}, or {@code obtained by Client Credentials Grant ...}
     * @param folders the folders checked, e.g. {@code 111 'Uploads' (upload)}
     * @param handedOn what is handed to later stages, e.g. {@code hands on a token downscoped to ...}; empty for none
     */
    public Verdict(BoxUser user, String tokenOrigin, Expiry expiry, List<String> folders, String handedOn,
            Instant checkedAt) {
        this.user = user;
        this.tokenOrigin = tokenOrigin;
        this.expiry = expiry;
        this.folders = Collections.unmodifiableList(folders);
        this.handedOn = handedOn;
        this.checkedAt = checkedAt;
    }

    /** The folders checked, e.g. {@code 111 'Uploads' (upload)}. */
    public List<String> folders() {
        return folders;
    }

    public Expiry expiry() {
        return expiry;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    /** Null for a token downscoped to one item, which is checked on that item instead of {@code /users/me}. */
    public BoxUser user() {
        return user;
    }

    /** {@code from settings.xml server 'box'}, {@code obtained by JWT for enterprise 12345 (...)}. */
    public String tokenOrigin() {
        return tokenOrigin;
    }

    /**
     * {@code Box token OK: Test User <test@user.com> (user 12345), token from settings.xml server 'box'; expires in
     * at most 42m (first seen 18m ago; Box does not tell when a token was issued)}.
     */
    public String summary() {
        return "Box token OK: " + (user == null ? "" : user.describe() + ", ") + "token " + tokenOrigin + "; "
                + expiry.describe(checkedAt)
                + (folders.isEmpty() ? "" : "; folders " + String.join(", ", folders))
                + (handedOn.isEmpty() ? "" : "; " + handedOn);
    }
}
