package io.github.boxmaven.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts a failure by its kind, the contract the reports publish. */
public final class Failures {
    private Failures() {}

    /** Runs {@code code}, which must fail with {@code kind}; returns the failure for assertions on its message. */
    public static BoxCheckFailure assertFailure(FailureKind kind, Executable code) {
        return assertFailure(kind, assertThrows(BoxCheckFailure.class, code));
    }

    /** {@code thrown} is a failure of {@code kind}. */
    public static BoxCheckFailure assertFailure(FailureKind kind, Throwable thrown) {
        BoxCheckFailure failure = assertInstanceOf(BoxCheckFailure.class, thrown);
        assertEquals(kind, failure.kind(), failure.getMessage());
        return failure;
    }
}
