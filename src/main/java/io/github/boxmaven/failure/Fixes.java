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
}
