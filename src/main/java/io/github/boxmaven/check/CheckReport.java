package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.failure.BoxCheckFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one run of the goal found, for the reports and CI annotations; nothing in it is a secret. */
public final class CheckReport {
    /** How the run ended. {@code WARNING} is a failure that {@code box.failOnError=false} let pass. */
    public enum Outcome {
        PASSED, FAILED, WARNING, SKIPPED
    }

    public final Outcome outcome;
    /** Null unless passed. */
    public final Verdict verdict;
    /** Null unless failed or warning. */
    public final BoxCheckFailure failure;
    /** Null unless skipped. */
    public final String skipReason;
    /** {@code token}, {@code ccg}, {@code jwt}; null when not decided. */
    public final AuthMethod method;
    /** {@code box.baseUrl} without user info, query or fragment. */
    public final String baseUrl;
    /** True when this module reused the verdict (or failure) of the module that asked Box: it reports nothing. */
    public final boolean reused;
    public final Instant finishedAt;
    public final Duration duration;
    /** What was checked of {@code box.folders}: the verdict's, or as far as a failed check got; else empty. */
    public final List<FolderCheck> folders;

    private CheckReport(Outcome outcome, Verdict verdict, BoxCheckFailure failure, String skipReason, AuthMethod method,
            String baseUrl, boolean reused, Instant finishedAt, Duration duration, List<FolderCheck> folders) {
        this.outcome = outcome;
        this.verdict = verdict;
        this.failure = failure;
        this.skipReason = skipReason;
        this.method = method;
        this.baseUrl = BaseUrl.redacted(baseUrl);
        this.reused = reused;
        this.finishedAt = finishedAt;
        this.duration = duration;
        this.folders = Collections.unmodifiableList(new ArrayList<>(folders));
    }

    public static CheckReport passed(Verdict verdict, boolean reused, AuthMethod method, String baseUrl, Instant at,
            Duration duration) {
        return new CheckReport(Outcome.PASSED, verdict, null, null, method, baseUrl, reused, at, duration,
                verdict.folders);
    }

    /**
     * @param tolerated true when {@code box.failOnError=false} lets the build go on
     * @param reused true when this module reused the failure of the module that asked Box
     * @param folders what this module checked of {@code box.folders} before it failed
     */
    public static CheckReport failed(BoxCheckFailure failure, boolean tolerated, boolean reused, AuthMethod method,
            String baseUrl, Instant at, Duration duration, List<FolderCheck> folders) {
        return new CheckReport(tolerated ? Outcome.WARNING : Outcome.FAILED, null, failure, null, method, baseUrl,
                reused, at, duration, folders);
    }

    public static CheckReport skipped(String reason, String baseUrl, Instant at, Duration duration) {
        return new CheckReport(Outcome.SKIPPED, null, null, reason, null, baseUrl, false, at, duration,
                Collections.<FolderCheck>emptyList());
    }

    /** One line for people: the success line, the first line of the failure, or why it was skipped. */
    public String headline() {
        switch (outcome) {
            case PASSED:
                return verdict.summary();
            case SKIPPED:
                return skipReason;
            default:
                return failure.getMessage().split("\n", 2)[0];
        }
    }
}
