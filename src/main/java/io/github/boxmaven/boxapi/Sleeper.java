package io.github.boxmaven.boxapi;

import java.time.Duration;

/** Waits between retries; tests replace it so they do not wait. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
