package io.github.boxmaven.boxapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Loads, on a daemon thread, the classes of OkHttp, Okio, Kotlin and Gson that a check's request
 * needs, listed in {@value #LIST} in the order a check first uses them. Loading a class from a jar
 * (reading, parsing, defining it) is most of what OkHttp costs a build that runs one request; done
 * here, it overlaps with what the check's own thread does meanwhile (the trust store, the credential,
 * the TLS handshake), which finds the classes loaded. Only loaded, not initialized: no library code
 * runs on this thread. A name that no longer exists (another OkHttp version) is skipped;
 * {@code ClassPreloadTest} keeps the list in step with the dependencies. {@code bench/preload-list.sh}
 * makes it anew.
 */
public final class ClassPreload {
    static final String LIST = "okhttp-request-classes.txt";

    private ClassPreload() {}

    /** Starts loading the listed classes on a daemon thread. */
    public static void startInBackground() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        Thread thread = new Thread(() -> load(names(), loader), "box-maven-plugin class preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads each class that exists; returns how many did. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // another version of the library: that class is simply loaded later, when used
            } catch (RuntimeException e) {
                // the class loader is no longer usable (the build ended and Maven closed it): stop quietly
                return loaded;
            }
        }
        return loaded;
    }

    /** The listed class names, in order; empty when the list cannot be read. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassPreload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return Collections.emptyList();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return Collections.emptyList();
        }
        return names;
    }
}
