package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxUser;

import java.time.Duration;

/** A passed check: whom the token acts for, where it came from, how long the check took. */
public final class Verdict {
    private final BoxUser user;
    private final String tokenSource;
    private final Duration elapsed;

    public Verdict(BoxUser user, String tokenSource, Duration elapsed) {
        this.user = user;
        this.tokenSource = tokenSource;
        this.elapsed = elapsed;
    }

    public BoxUser user() {
        return user;
    }

    public String tokenSource() {
        return tokenSource;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** {@code Box token OK: Test User <test@user.com> (user 12345), token from settings.xml server 'box'}. */
    public String summary() {
        return "Box token OK: " + user.describe() + ", token from " + tokenSource;
    }
}
