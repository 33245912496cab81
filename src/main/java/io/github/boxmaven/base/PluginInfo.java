package io.github.boxmaven.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's own version, for the User-Agent header and reports. */
public final class PluginInfo {
    private static final String VERSION = readVersion();

    private PluginInfo() {}

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return "box-maven-plugin/" + VERSION;
    }

    private static String readVersion() {
        try (InputStream in = PluginInfo.class.getResourceAsStream("/io/github/boxmaven/plugin.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
