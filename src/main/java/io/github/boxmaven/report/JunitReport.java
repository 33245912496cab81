package io.github.boxmaven.report;

import io.github.boxmaven.check.CheckReport;
import java.util.Locale;

/**
 * {@code box.junitReport}: the check as one JUnit test case, so that GitLab, Jenkins and other CI
 * servers show it beside the tests; {@link Reports} writes it.
 */
public final class JunitReport {
    static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private JunitReport() {}

    public static String toXml(CheckReport report) {
        String seconds = String.format(Locale.ROOT, "%.3f", report.duration().toMillis() / 1000.0);
        boolean failed = report.outcome() == CheckReport.Outcome.FAILED;
        boolean skipped = report.outcome() == CheckReport.Outcome.SKIPPED;
        StringBuilder xml = new StringBuilder(PROLOGUE);
        xml.append("<testsuite name=\"").append(JsonReport.PLUGIN).append("\" tests=\"1\" failures=\"")
                .append(failed ? 1 : 0)
                .append("\" errors=\"0\" skipped=\"").append(skipped ? 1 : 0).append("\" time=\"").append(seconds)
                .append("\" timestamp=\"").append(report.finishedAt()).append("\">\n");
        xml.append("  <testcase classname=\"box-maven-plugin\" name=\"verify-token\" time=\"").append(seconds)
                .append("\">\n");
        switch (report.outcome()) {
            case FAILED:
                xml.append("    <failure type=\"").append(escape(report.failure().kind().id())).append("\" message=\"")
                        .append(escape(report.headline())).append("\">").append(escape(report.failure().getMessage()))
                        .append("</failure>\n");
                break;
            case SKIPPED:
                xml.append("    <skipped message=\"").append(escape(report.skipReason())).append("\"/>\n");
                break;
            default:
                xml.append("    <system-out>").append(escape(report.outcome() == CheckReport.Outcome.WARNING
                        ? "WARNING (box.failOnError=false): " + report.failure().getMessage() : report.headline()))
                        .append("</system-out>\n");
        }
        xml.append("  </testcase>\n</testsuite>\n");
        return xml.toString();
    }

    /** XML-escaped, with every character XML 1.0 does not allow dropped (controls, U+FFFE, U+FFFF, lone surrogates). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xd7ff || c == '\t' || c == '\n' || c == '\r' || c >= 0xe000 && c <= 0xfffd;
    }
}
