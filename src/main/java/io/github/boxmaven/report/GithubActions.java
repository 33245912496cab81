package io.github.boxmaven.report;

import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.check.CheckReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.regex.Pattern;

/** On GitHub Actions: failures and warnings as workflow commands (annotations), and a step summary. */
public final class GithubActions {
    private static final char ZERO_WIDTH_SPACE = '\u200b';
    private static final Pattern WEB_ADDRESS = Pattern.compile("(:|(?i:www))(/|\\.)");

    public final boolean active;
    private final String summaryFile;
    private final PrintStream out;

    public GithubActions(Map<String, String> environment, PrintStream out) {
        this.active = "true".equalsIgnoreCase(environment.get("GITHUB_ACTIONS"));
        this.summaryFile = environment.get("GITHUB_STEP_SUMMARY");
        this.out = out;
    }

    /** {@code ::error title=Box token::...}. Printed straight to stdout: workflow commands must start the line. */
    public void error(String message) {
        command("error", message);
    }

    public void warning(String message) {
        command("warning", message);
    }

    /** {@code ::add-mask::<token>} on a line of its own, as token-minting actions do: later steps show {@code ***}. */
    public void mask(Secret token) {
        if (active) {
            out.println("::add-mask::" + escapeData(token.reveal()));
            out.flush();
        }
    }

    private void command(String level, String message) {
        if (active) {
            out.println("::" + level + " title=Box token::" + escapeData(message));
            out.flush();
        }
    }

    /** Appends the result to the step summary, when GitHub gives one. */
    public void summary(CheckReport report) throws IOException {
        if (!active || summaryFile == null || summaryFile.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder();
        switch (report.outcome) {
            case PASSED:
                md.append("### :white_check_mark: Box token check passed\n\n")
                        .append("| | |\n|---|---|\n")
                        .append("| User | ").append(report.verdict.user == null ? "(a token for one item)"
                                : markdown(report.verdict.user.describe())).append(" |\n")
                        .append("| Enterprise | ").append(markdown(BoxUser.Enterprise.describe(report.verdict.enterprise)))
                        .append(" |\n")
                        .append(report.verdict.actingAs == null ? "" : "| Acting as | " + markdown(
                                report.verdict.actingAs.describe()) + " (As-User) |\n")
                        .append("| Token | ").append(markdown(report.verdict.tokenOrigin)).append(" |\n")
                        .append("| Expiry | ").append(markdown(report.verdict.expiry.describe(report.verdict.checkedAt)))
                        .append(" |\n");
                break;
            case SKIPPED:
                md.append("### :fast_forward: Box token check skipped\n\n").append(markdown(report.skipReason))
                        .append('\n');
                break;
            default:
                md.append(report.outcome == CheckReport.Outcome.FAILED ? "### :x: Box token check failed\n\n"
                        : "### :warning: Box token check failed (box.failOnError=false)\n\n");
                for (String line : report.failure.getMessage().split("\n")) {
                    md.append("> ").append(markdown(line)).append('\n');
                }
        }
        Files.write(Paths.get(summaryFile), (md.append('\n')).toString().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Text as Markdown shown literally: syntax and HTML escaped, no line break, a zero-width space after {@code @} and
     * {@code #} and in {@code ://}, {@code www.}: no link, image, cell, mention or reference from a server's text.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (c == '<' || c == '>' || c == '&') {
                out.append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&amp;");
            } else if (c == '\r' || c == '\n') {
                out.append(' ');
            } else {
                out.append("\\`*[]!~|".indexOf(c) >= 0 ? "\\" : "").append(c).append(c == '@' || c == '#'
                        ? String.valueOf(ZERO_WIDTH_SPACE) : "");
            }
        }
        return WEB_ADDRESS.matcher(out).replaceAll("$1" + ZERO_WIDTH_SPACE + "$2");
    }

    /** GitHub's escaping of a command's message. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }
}
