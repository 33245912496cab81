package io.github.boxmaven.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.expiry.Expiry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** box.cacheFor: a passed check is reused on this machine for that long, while its token's expiry allows. */
class RecentChecksTest {
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final String KEY = "token 3f2a... https://api.box.com [] null";

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    private RecentChecks recent(Duration cacheFor) {
        return new RecentChecks(dir.resolve("box/recent-checks.properties"), cacheFor, log);
    }

    private static Verdict passed(Expiry expiry) {
        return new Verdict(new BoxUser("12345", "Test User", "test@user.com", "active"),
                "from environment variable BOX_TOKEN", expiry, List.of("111 'Uploads' (upload)"), "", NOW);
    }

    @Test
    void aCheckIsReusedWithinCacheForAndSaysSo() throws Exception {
        recent(Duration.ofMinutes(10)).remember(KEY, passed(Expiry.firstSeen(NOW.minusSeconds(600), Duration.ofHours(1))));
        Verdict reused = recent(Duration.ofMinutes(10)).reuse(KEY, NOW.plusSeconds(180), Duration.ofMinutes(10)).get();
        assertEquals("Box token OK: Test User <test@user.com> (user 12345), token from environment variable BOX_TOKEN"
                + " (verified 3m ago, reused: box.cacheFor=10m); expires in at most 47m (first seen 13m ago; Box does"
                + " not tell when a token was issued); folders 111 'Uploads' (upload)", reused.summary());
        String file = new String(Files.readAllBytes(dir.resolve("box/recent-checks.properties")), StandardCharsets.UTF_8);
        assertFalse(file.contains(KEY), "only a hash of the key is kept");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("box/recent-checks.properties"))));
    }

    @Test
    void aCheckIsNotReusedOnceCacheForHasRunOutOrForAnotherKey() throws Exception {
        recent(Duration.ofMinutes(10)).remember(KEY, passed(Expiry.exact(Expiry.Basis.OBTAINED, NOW.plusSeconds(3600))));
        assertFalse(recent(Duration.ofMinutes(10)).reuse(KEY, NOW.plusSeconds(600), Duration.ZERO).isPresent());
        assertFalse(recent(Duration.ofMinutes(10)).reuse(KEY + "x", NOW.plusSeconds(60), Duration.ZERO).isPresent());
        assertTrue(recent(Duration.ofMinutes(10)).reuse(KEY, NOW.plusSeconds(599), Duration.ZERO).isPresent());
    }

    @Test
    void aCheckIsNotReusedWhenTheTokenWouldNotOutliveMinValidityOrItsExpiryIsUnknown() throws Exception {
        recent(Duration.ofHours(1)).remember(KEY, passed(Expiry.exact(Expiry.Basis.OBTAINED, NOW.plusSeconds(900))));
        assertTrue(recent(Duration.ofHours(1)).reuse(KEY, NOW.plusSeconds(60), Duration.ofMinutes(10)).isPresent());
        assertFalse(recent(Duration.ofHours(1)).reuse(KEY, NOW.plusSeconds(360), Duration.ofMinutes(10)).isPresent());
        recent(Duration.ofHours(1)).remember(KEY, passed(Expiry.unknown()));
        assertFalse(recent(Duration.ofHours(1)).reuse(KEY, NOW.plusSeconds(60), Duration.ZERO).isPresent());
    }
}
