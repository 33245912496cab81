package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;

/** Run in a second JVM by {@link TokenLedgerTest}: records {@code count} hashes starting with {@code prefix}. */
public final class LedgerWriterMain {
    public static void main(String[] args) {
        TokenLedger ledger = new TokenLedger(Paths.get(args[0]), Duration.ofHours(1), new CheckLog() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {
                System.err.println("WARN " + message);
            }

            @Override
            public void debug(String message) {}
        });
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            ledger.recordAccepted(TokenLedgerTest.hash(args[1] + i), Instant.now());
        }
    }
}
