package io.github.boxmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The site's parameter page (src/site/markdown/parameters.md) is the user's reference: its table gives every parameter
 * of the plugin descriptor Maven built (target/classes/META-INF/maven/plugin.xml), with the property and default Maven
 * applies, and nothing else.
 */
class DocumentedParametersTest {
    private static final Path PARAMETERS_PAGE = Paths.get("src/site/markdown/parameters.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w.]+)` \\| (?:`([^`]*)` )?\\|",
            Pattern.MULTILINE);

    @Test
    void theParameterPageGivesEveryParameterWithItsPropertyAndDefault() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(new String(Files.readAllBytes(PARAMETERS_PAGE), StandardCharsets.UTF_8));
        while (row.find()) {
            documented.put(row.group(1), row.group(2) + " " + (row.group(3) == null ? "(none)" : row.group(3)));
        }
        assertEquals(descriptor("verify-token"), documented);
    }

    @Test
    void theParameterPageNamesEachParameterOfRevokeToken() throws Exception {
        String page = new String(Files.readAllBytes(PARAMETERS_PAGE), StandardCharsets.UTF_8);
        Matcher sentence = Pattern.compile("`box:revoke-token` takes ([^.]+)\\.").matcher(page);
        assertTrue(sentence.find(), PARAMETERS_PAGE + " says which parameters box:revoke-token takes");
        List<String> named = new ArrayList<>();
        Matcher name = Pattern.compile("`(\\w+)`").matcher(sentence.group(1));
        while (name.find()) {
            named.add(name.group(1));
        }
        assertEquals(new ArrayList<>(descriptor("revoke-token").keySet()), named.stream().sorted()
                .collect(Collectors.toList()));
    }

    /** {@code name -> "property default"} for each parameter a user can set. */
    private static Map<String, String> descriptor(String goal) throws Exception {
        Path file = Paths.get("target/classes/META-INF/maven/plugin.xml");
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(text(mojo, "goal"))) {
                continue;
            }
            Map<String, String> parameters = new TreeMap<>();
            NodeList declared = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < declared.getLength(); j++) {
                Element parameter = (Element) declared.item(j);
                if ("true".equals(text(parameter, "editable"))) {
                    String name = text(parameter, "name");
                    Element configured = (Element) ((Element) mojo.getElementsByTagName("configuration").item(0))
                            .getElementsByTagName(name).item(0);
                    String value = configured.getTextContent();
                    String property = value.replaceAll("^\\$\\{(.*)}$", "$1");
                    String defaultValue = configured.getAttribute("default-value");
                    parameters.put(name, property + " " + (defaultValue.isEmpty() ? "(none)" : defaultValue));
                }
            }
            return parameters;
        }
        throw new AssertionError("no goal " + goal + " in " + file);
    }

    private static String text(Element parent, String child) {
        NodeList found = parent.getElementsByTagName(child);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }
}
