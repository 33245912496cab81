package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {
    /** Fails after an OkHttp, Okio, Kotlin or Gson upgrade that renamed a listed class: run bench/preload-list.sh. */
    @Test
    void everyListedClassExistsInTheseDependencies() {
        List<String> names = ClassPreload.names();
        assertTrue(names.size() > 100, "the list has " + names.size() + " classes");
        assertTrue(names.contains("okhttp3.internal.connection.RealCall"), names.toString());
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (ClassPreload.load(Arrays.asList(name), ClassPreload.class.getClassLoader()) == 0) {
                missing.add(name);
            }
        }
        assertEquals(new ArrayList<String>(), missing, "classes no longer in the dependencies; run bench/preload-list.sh");
    }

    @Test
    void aNameThatDoesNotExistIsSkipped() {
        assertEquals(1, ClassPreload.load(Arrays.asList("okhttp3.NoSuchClass", "okhttp3.OkHttpClient"),
                ClassPreload.class.getClassLoader()));
    }

    @Test
    void aClassLoaderThatNoLongerWorksEndsThePreloadQuietly() {
        ClassLoader closed = new ClassLoader(null) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) {
                throw new IllegalStateException("zip file closed");
            }
        };
        assertEquals(0, ClassPreload.load(Arrays.asList("okhttp3.OkHttpClient", "okio.Buffer"), closed));
    }

    @Test
    void preloadingLoadsButRunsNoStaticInitializer() {
        // initializing this class would throw (ExceptionInInitializerError, skipped as a LinkageError: 0 loaded)
        assertEquals(1, ClassPreload.load(Arrays.asList(FailsWhenInitialized.class.getName()),
                ClassPreload.class.getClassLoader()));
    }

    static final class FailsWhenInitialized {
        static {
            if (true) {
                throw new IllegalStateException("initialized on the preload thread");
            }
        }

        private FailsWhenInitialized() {}
    }
}
