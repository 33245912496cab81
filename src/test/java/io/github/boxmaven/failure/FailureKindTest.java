package io.github.boxmaven.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void idsAreTheReportsKebabCaseNames() {
        assertEquals("token-rejected", FailureKind.TOKEN_REJECTED.id());
        assertEquals("jwt-passphrase-wrong", FailureKind.JWT_PASSPHRASE_WRONG.id());
    }

    @Test
    void theReadmeListsEveryKind() throws Exception {
        String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
        for (FailureKind kind : FailureKind.values()) {
            assertTrue(readme.contains("`" + kind.id() + "`"), kind.id() + " is missing from README.md");
        }
    }

    @Test
    void configurationFailuresAreTheBuildsOwnMistakes() {
        assertTrue(new InvalidParameter("x") instanceof ConfigurationFailure);
        assertTrue(new InsecureBaseUrl("http://example.com") instanceof ConfigurationFailure);
    }
}
