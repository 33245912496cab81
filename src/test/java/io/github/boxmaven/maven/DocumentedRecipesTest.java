package io.github.boxmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CI recipes the README and the site show are the files in src/site/resources/recipes, which the recipe-* ITs run
 * step by step; the snippet they show names the version that resolves, and is the one those ITs build.
 */
class DocumentedRecipesTest {
    private static final Path RECIPES = Paths.get("src/site/resources/recipes");
    /** {@code <!-- recipe: NAME -->}, then the fenced block that shows the file. */
    private static final Pattern SHOWN = Pattern.compile("<!-- recipe: (\\S+) -->\\n```\\w*\\n(.*?)```\\n",
            Pattern.DOTALL);
    private static final Pattern USES = Pattern.compile("uses: ([\\w./-]+)@(\\S+)");

    @Test
    void eachRecipeShownIsTheFileTheItsRun() {
        Map<String, List<String>> shownIn = new TreeMap<>();
        for (Path page : pages()) {
            Matcher shown = SHOWN.matcher(read(page));
            while (shown.find()) {
                assertEquals(read(RECIPES.resolve(shown.group(1))), shown.group(2),
                        page + " shows " + shown.group(1) + " as it is in " + RECIPES);
                shownIn.computeIfAbsent(shown.group(1), name -> new ArrayList<>()).add(page.toString());
            }
        }
        assertEquals("{Jenkinsfile=[src/site/markdown/examples/jenkins.md], "
                + "github-actions.yml=[README.md, src/site/markdown/examples/github-actions.md], "
                + "gitlab-ci.yml=[src/site/markdown/examples/gitlab-ci.md]}", shownIn.toString());
    }

    @Test
    void theGithubRecipeUsesTheActionVersionsOfThisRepositorysWorkflows() throws IOException {
        // Dependabot keeps .github/workflows current; its update then fails here until the recipe follows
        Map<String, String> ours = new TreeMap<>();
        try (Stream<Path> workflows = Files.list(Paths.get(".github/workflows"))) {
            for (Path workflow : workflows.collect(Collectors.toList())) {
                Matcher uses = USES.matcher(read(workflow));
                while (uses.find()) {
                    String before = ours.put(uses.group(1), uses.group(2));
                    assertTrue(before == null || before.equals(uses.group(2)),
                            uses.group(1) + " is used in two versions in .github/workflows");
                }
            }
        }
        Matcher uses = USES.matcher(read(RECIPES.resolve("github-actions.yml")));
        int found = 0;
        while (uses.find()) {
            assertEquals(ours.get(uses.group(1)), uses.group(2), uses.group(1) + " in the GitHub Actions recipe");
            found++;
        }
        assertEquals(2, found, "the recipe uses actions/checkout and actions/setup-java");
    }

    @Test
    void theSnippetNamesTheVersionThatResolves() {
        // until the first release, the version a build from source installs; after it, the newest release
        Matcher released = Pattern.compile("(?m)^## \\[(\\d+\\.\\d+\\.\\d+)]").matcher(read(Paths.get("CHANGELOG.md")));
        String expected = released.find() ? released.group(1) : System.getProperty("box.projectVersion");
        assertFalse(expected == null || expected.isEmpty(), "box.projectVersion is set by the POM's Surefire config");
        Pattern version = Pattern.compile("box-maven-plugin</artifactId>\\s*(?:<!--.*?-->\\s*)?<version>([^<]+)<"
                + "|box-maven-plugin:([^:\\s]+):");
        for (Path page : List.of(Paths.get("README.md"), Paths.get("src/site/markdown/index.md"),
                Paths.get("src/site/markdown/usage.md"))) {
            Matcher named = version.matcher(read(page));
            int found = 0;
            while (named.find()) {
                String name = named.group(1) != null ? named.group(1) : named.group(2);
                assertEquals(expected, name, page + " names the plugin's version");
                found++;
            }
            assertTrue(found > 0, page + " names the plugin's version");
        }
    }

    @Test
    void theRecipeItsBuildTheReadmesSnippet() throws IOException {
        Matcher xml = Pattern.compile("```xml\\n(<build>.*?</build>\\n)```", Pattern.DOTALL).matcher(read(Paths.get("README.md")));
        assertTrue(xml.find(), "README.md shows the <build> snippet");
        String snippet = xml.group(1).replaceAll("<version>[^<]+</version>", "<version>@project.version@</version>")
                .replaceAll("(?m)^", "  ");
        try (Stream<Path> its = Files.list(Paths.get("src/it"))) {
            List<Path> recipeIts = its.filter(it -> it.getFileName().toString().startsWith("recipe-"))
                    .collect(Collectors.toList());
            assertEquals(6, recipeIts.size(), "each recipe runs with secrets and as a fork");
            for (Path it : recipeIts) {
                assertTrue(read(it.resolve("pom.xml")).contains(snippet), it + "/pom.xml builds the README's snippet");
            }
        }
    }

    private static List<Path> pages() {
        try (Stream<Path> site = Files.walk(Paths.get("src/site/markdown"))) {
            List<Path> pages = new ArrayList<>(List.of(Paths.get("README.md")));
            pages.addAll(site.filter(path -> path.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
