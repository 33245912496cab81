package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.expiry.Expiry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A passed check: whom the token acts for, where it came from, when it expires, which folders it may use. */
public final class Verdict {
    /** Null for a token downscoped to one item, which is checked on that item instead of {@code /users/me}. */
    public final BoxUser user;
    /** The user the token acts as by {@code box.asUser}; null without it. */
    public final BoxUser actingAs;
    /**
     * The token's user's enterprise, null for none: from {@code /users/me}, or for a token downscoped to one item from
     * its hand-off's record.
     */
    public final BoxUser.Enterprise enterprise;
    /** {@code from settings.xml server 'box'}, {@code obtained by JWT for enterprise 12345 (...)}. */
    public final String tokenOrigin;
    public final Expiry expiry;
    public final Instant checkedAt;
    public final List<FolderCheck> folders;
    private final String handedOn;
    /** The SHA-256 of each token it vouches for (the verified one, and the one handed on): a revocation forgets it. */
    private final Set<String> tokens;

    public Verdict(BoxUser user, BoxUser actingAs, BoxUser.Enterprise enterprise, String tokenOrigin, Expiry expiry,
            List<FolderCheck> folders, String handedOn, Set<String> tokens, Instant checkedAt) {
        this.user = user;
        this.actingAs = actingAs;
        this.enterprise = enterprise;
        this.tokenOrigin = tokenOrigin;
        this.expiry = expiry;
        this.folders = Collections.unmodifiableList(new ArrayList<>(folders));
        this.handedOn = handedOn;
        this.tokens = Collections.unmodifiableSet(tokens);
        this.checkedAt = checkedAt;
    }

    public boolean vouchesFor(String tokenSha256) {
        return tokens.contains(tokenSha256);
    }

    /** {@code Box token OK: Test User <test@user.com> (user 12345) in enterprise 987654 'Acme', token from ...; ...}. */
    public String summary() {
        return "Box token OK: " + (user == null ? "" : user.describeWithEnterprise() + (actingAs == null ? ""
                : " acting as " + actingAs.describe() + " by As-User") + ", ") + "token " + tokenOrigin + "; "
                + expiry.describe(checkedAt)
                + (folders.isEmpty() ? "" : "; folders " + folders.stream().map(FolderCheck::describe)
                        .collect(Collectors.joining(", ")))
                + (handedOn.isEmpty() ? "" : "; " + handedOn);
    }
}
