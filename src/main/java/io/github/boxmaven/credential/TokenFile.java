package io.github.boxmaven.credential;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Instants;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.boxapi.TokenSyntax;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;
import io.github.boxmaven.failure.ServerText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * {@code box.tokenFile}, the token handed to later steps, and {@code <file>.handoff}, what it was handed on for (its
 * SHA-256, never the token): read and written for both goals here alone, with {@link PrivateFiles}.
 */
public final class TokenFile {
    static final int MAX_BYTES = 8 * 1024;
    private static final String NO_ENTERPRISE = "none";

    private final Path file;
    private final Duration lockWait;

    public TokenFile(Path file) {
        this(file, Duration.ofSeconds(10));
    }

    /** @param lockWait how long to wait for another build that holds the lock beside the file */
    TokenFile(Path file, Duration lockWait) {
        this.file = file.toAbsolutePath();
        this.lockWait = lockWait;
    }

    public Path path() {
        return file;
    }

    Path recordPath() {
        return file.resolveSibling(file.getFileName() + ".handoff");
    }

    /**
     * What the file and its record hold, read once before a check; {@code token-file-unwritable}, naming the path, when
     * either is not a regular file (a directory, a link, a named pipe or device), is too large, or cannot be read.
     */
    public Contents read() throws BoxCheckFailure {
        Path path = file;
        try {
            byte[] token = PrivateFiles.read(path, MAX_BYTES);
            path = recordPath();
            byte[] record = PrivateFiles.read(path, MAX_BYTES);
            Properties recorded = record == null ? null : new Properties();
            try {
                if (record != null) {
                    recorded.load(new ByteArrayInputStream(record));
                }
            } catch (IllegalArgumentException damaged) {
                recorded = null; // an escape this plugin never writes: not its record
            }
            return new Contents(token, record != null, recorded, token != null && record != null
                    && PrivateFiles.isPrivate(file) && PrivateFiles.isPrivate(path));
        } catch (IOException e) {
            throw CredentialFailures.tokenFileUnusable(path.toString(), e);
        }
    }

    /**
     * Hands {@code token} on under the lock beside the file: its record, then the token. Nothing is written when
     * another build changed the file since {@code before} or held the lock, and nothing stays of a failed write.
     */
    public void write(Contents before, Secret token, Instant now, Instant expiresAt, Binding binding,
            BoxUser verifiedFor) throws BoxCheckFailure {
        StringBuilder record = new StringBuilder("# box-maven-plugin: what the token beside this file was handed on"
                + " for; never the token itself.\nsha256=" + token.sha256Hex() + "\nhandedOnAt=" + now
                + "\nexpiresAt=" + expiresAt + "\n");
        if (verifiedFor != null) {
            record.append("verifiedUser=").append(verifiedFor.id).append("\nverifiedEnterprise=").append(
                    verifiedFor.enterprise == null ? NO_ENTERPRISE : verifiedFor.enterprise.id).append('\n');
        }
        for (int i = 0; i < Binding.NAMES.length; i++) {
            record.append(binding.values[i] == null ? "" : Binding.NAMES[i] + "=" + binding.values[i] + "\n");
        }
        boolean[] changedMeanwhile = {false};
        try {
            if (!PrivateFiles.update(file, MAX_BYTES, lockWait, current -> {
                changedMeanwhile[0] = !Arrays.equals(current, before.raw);
                if (changedMeanwhile[0]) {
                    return current;
                }
                PrivateFiles.writeAtomically(recordPath(), record.toString().getBytes(StandardCharsets.ISO_8859_1));
                return token.reveal().getBytes(StandardCharsets.US_ASCII);
            })) {
                throw CredentialFailures.tokenFileBusy(file.toString(), Durations.format(lockWait));
            }
        } catch (IOException e) {
            deleteRecord();
            throw CredentialFailures.tokenFileUnusable(file.toString(), e);
        }
        if (changedMeanwhile[0]) {
            throw CredentialFailures.tokenFileChanged(file.toString());
        }
    }

    /** Deletes the file, its record and its lock, unless another build changed the file since {@code before}. */
    public boolean delete(Contents before) throws IOException {
        boolean[] deleted = {false};
        PrivateFiles.update(file, MAX_BYTES, lockWait, current -> {
            deleted[0] = current != null && Arrays.equals(current, before.raw);
            if (deleted[0]) {
                deleteRecord();
            }
            return deleted[0] ? null : current;
        });
        if (deleted[0]) {
            PrivateFiles.deleteLock(file);
        }
        return deleted[0];
    }

    /** A record without its token is never taken, so one that cannot be deleted costs nothing. */
    private void deleteRecord() {
        try {
            if (Files.isRegularFile(recordPath(), LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(recordPath());
            }
        } catch (IOException e) {
            // left as it is
        }
    }

    /** What the file and its record held when read. */
    public final class Contents {
        private final byte[] raw;
        private final boolean recordExists;
        /** Null when there is no record, or one that cannot be read as this plugin writes it. */
        private final Properties record;
        private final boolean private_;

        Contents(byte[] raw, boolean recordExists, Properties record, boolean private_) {
            this.raw = raw;
            this.recordExists = recordExists;
            this.record = record;
            this.private_ = private_;
        }

        public boolean exists() {
            return raw != null;
        }

        /** The token in the file, trimmed; null when it holds none. */
        public Secret token() {
            return problem() == null ? Secret.of(new String(raw, StandardCharsets.US_ASCII).trim()) : null;
        }

        /** Why the file holds no token ({@code is empty}, {@code contains a quote at position 3 of 40}), or null. */
        public String problem() {
            String text = raw == null ? "" : new String(raw, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? "is empty" : TokenSyntax.problem(text);
        }

        Instant handedOnAt() {
            return Instant.parse(record.getProperty("handedOnAt"));
        }

        /** When the token expires, as recorded; only when {@link #whyNotOurs} is null. */
        public Instant expiresAt() {
            return Instant.parse(record.getProperty("expiresAt"));
        }

        /** Whether a check of this build handed the file on, so that a later module reuses that check instead. */
        boolean handedOnSince(Instant buildStarted) {
            return whyNotOurs() == null && !handedOnAt().isBefore(buildStarted);
        }

        /**
         * Why the file is not a hand-off of this plugin, or null: it is when both files are this user's alone, the
         * record is one this plugin wrote, and the file holds the token it names. Only such a file is taken or revoked.
         */
        public String whyNotOurs() {
            if (!recordExists) {
                return "it holds no record of a hand-off (" + recordPath().getFileName() + ")";
            }
            if (!private_) {
                return "it or its record may be read or was written by another user";
            }
            Secret token = token();
            try {
                handedOnAt();
                expiresAt();
            } catch (RuntimeException unreadable) { // no record that parses, or no instant in it
                return "its record (" + recordPath().getFileName() + ") is not one this plugin wrote";
            }
            if (token == null || !token.sha256Hex().equals(record.getProperty("sha256"))) {
                return "it does not hold the token recorded in " + recordPath().getFileName();
            }
            return null;
        }

        /**
         * Why a run asking for {@code asked} may not take the token, or null: it may when it is this plugin's hand-off
         * ({@link #whyNotOurs}), has not expired, and was handed on for what {@code asked} names.
         */
        String whyNotTaken(Binding asked, Instant now) {
            String notOurs = whyNotOurs();
            if (notOurs != null) {
                return notOurs;
            }
            if (!now.isBefore(expiresAt())) {
                return "its token expired at " + Instants.format(expiresAt(), now);
            }
            String[] recorded = new String[Binding.NAMES.length];
            Arrays.setAll(recorded, i -> record.getProperty(Binding.NAMES[i]));
            String difference = new Binding(recorded).differenceFrom(asked);
            return difference == null ? null : "it was handed on for " + difference;
        }

        /** The credential that checks the handed-on token as it is; only when {@link #whyNotOurs} is null. */
        Credential handedOn(Instant now) {
            String user = record.getProperty("verifiedUser");
            String enterprise = record.getProperty("verifiedEnterprise");
            boolean known = user != null && user.matches(BoxApiClient.ID) && enterprise != null
                    && (enterprise.equals(NO_ENTERPRISE) || enterprise.matches(BoxApiClient.ID));
            return new HandedOnToken(token(), file, handedOnAt(), expiresAt(), now, !known ? null : new BoxUser(user,
                    null, null, null, enterprise.equals(NO_ENTERPRISE) ? null : new BoxUser.Enterprise(enterprise,
                    null)));
        }
    }

    /**
     * What defines a handed-on token: base URL, what made it (an app and subject, or the SHA-256 of the given token it
     * was narrowed from), scopes (sorted) and item, null where none. A run takes it only for the same base URL, scopes
     * and item, and made as a fresh plan of the run would make it, where the run can make one.
     */
    public static final class Binding {
        static final String[] NAMES = {"baseUrl", "app", "subject", "token", "scopes", "item"};
        private static final List<String> MADE_BY = Arrays.asList("app", "subject", "token");

        private final String[] values;

        private Binding(String... values) {
            this.values = values;
        }

        /** A token for {@code baseUrl}, downscoped as {@code downscope} says (null: not at all), made by anything. */
        public static Binding asked(BaseUrl baseUrl, Downscope downscope) {
            return new Binding(baseUrl.display(), null, null, null, downscope == null ? null
                    : String.join(" ", new TreeSet<>(Arrays.asList(downscope.scope().split(" ")))),
                    downscope == null ? null : downscope.item());
        }

        /** The same, made by {@code credential} (null: by anything). */
        Binding madeBy(Credential credential) {
            if (credential == null) {
                return this;
            }
            Subject subject = credential.subject();
            return new Binding(values[0], credential.app(), subject == null ? null : subject.describe(),
                    credential instanceof GivenToken ? ((GivenToken) credential).token.sha256Hex() : null, values[4],
                    values[5]);
        }

        /** {@code folder 111}: the one item the token is for; null when it is not for one. */
        String item() {
            return values[5];
        }

        /** Whether the token is narrowed (scopes), so that a given token's check writes it. */
        boolean downscoped() {
            return values[4] != null;
        }

        /** {@code item folder 111 (this run asks for folder 222)}: each part that differs; null when none does. */
        String differenceFrom(Binding asked) {
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < NAMES.length; i++) {
                if ((asked.values[i] != null || !MADE_BY.contains(NAMES[i]))
                        && !Objects.equals(values[i], asked.values[i])) {
                    differences.add(NAMES[i].equals("token") ? (values[i] == null ? "an app's token" : "a token made"
                            + " from another given token") + ", not one made from the token this run checks"
                            : NAMES[i] + " " + (values[i] == null ? "none" : ServerText.clean(values[i]))
                            + " (this run asks for " + (asked.values[i] == null ? "none" : asked.values[i]) + ")");
                }
            }
            return differences.isEmpty() ? null : String.join(", and ", differences);
        }
    }
}
