package io.github.boxmaven.check;

/** A passed check's verdict, and whether an earlier module of the build reached it. */
public final class CheckResult {
    private final Verdict verdict;
    private final boolean reused;

    public CheckResult(Verdict verdict, boolean reused) {
        this.verdict = verdict;
        this.reused = reused;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** True when this module reused the verdict of the module that asked Box. */
    public boolean reused() {
        return reused;
    }

    /** The success line: {@code Box token OK: ...}, marked when reused. */
    public String summary() {
        return (reused ? "(checked once for this build) " : "") + verdict.summary();
    }
}
