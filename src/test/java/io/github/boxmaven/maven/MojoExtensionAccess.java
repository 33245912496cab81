package io.github.boxmaven.maven;

import org.apache.maven.api.plugin.testing.MojoExtension;

/** Reads a mojo field the way the harness writes one. */
final class MojoExtensionAccess {
    private MojoExtensionAccess() {}

    static Object field(Object mojo, String name) throws IllegalAccessException {
        return MojoExtension.getVariableValueFromObject(mojo, name);
    }
}
