package io.github.boxmaven.failure;

/** Advice that several failures give, worded once so that every message says it the same way. */
public final class Fixes {
    /** Where a developer token comes from. */
    public static final String GENERATE_DEVELOPER_TOKEN = "Box Developer Console > your app > Configuration >"
            + " Developer Token > Generate Developer Token";

    /** Where a JWT app's config file comes from. */
    public static final String DOWNLOAD_APP_CONFIG = "Box Developer Console > your app > Configuration > App"
            + " Settings > Download as JSON";

    /** What to do behind a corporate proxy. */
    public static final String CONFIGURE_PROXY = "behind a corporate proxy, configure it in settings.xml <proxies>";

    private Fixes() {}

    /**
     * A secret given with {@code -D}: {@code box.token was given on the command line, where it lands in shell
     * history and CI logs. Keep it in settings.xml (...) or in the BOX_TOKEN environment variable.}
     */
    public static String givenOnCommandLine(String property, String serverId, String environmentVariable) {
        return property + " was given on the command line, where it lands in shell history and CI logs."
                + keepSecret(serverId, environmentVariable);
    }

    /** A secret written as a value in a pom: committed, and published with the POM. */
    public static String writtenInPom(String property, String serverId, String environmentVariable) {
        return property + " is written in the pom's <properties>, which is committed to version control and"
                + " published with the POM." + keepSecret(serverId, environmentVariable);
    }

    private static String keepSecret(String serverId, String environmentVariable) {
        return " Keep it in settings.xml (<server><id>" + serverId + "</id><password>, encrypted) or in the "
                + environmentVariable + " environment variable.";
    }
}
