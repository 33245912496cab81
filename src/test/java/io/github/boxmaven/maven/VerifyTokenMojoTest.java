package io.github.boxmaven.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;

/** The mojo as Maven configures it (maven-plugin-testing-harness), against a loopback server. */
@MojoTest
@MojoParameter(name = "ledger", value = "off")
class VerifyTokenMojoTest {
    static final String CANARY = "canaryMOJO0c1d2e3f4a5b";
    static final String USER = "{\"type\":\"user\",\"id\":\"777\",\"name\":\"Build Bot\",\"login\":\"bot@example.com\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Inject
    MavenSession session;

    final RecordingMavenLog log = new RecordingMavenLog();

    private VerifyTokenMojo prepared(VerifyTokenMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "baseUrl", server.url("/").toString());
        mojo.setLog(log);
        return mojo;
    }

    /** Everything logged, at any level, as text. */
    private String logged() {
        return log.all();
    }

    @Test
    @InjectMojo(goal = "verify-token")
    void tokenFromTheCommandLineIsVerifiedAndWarnedAbout(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        session.getUserProperties().setProperty("box.token", CANARY);

        prepared(mojo).execute();

        String logged = logged();
        assertTrue(logged.contains("info Box token OK: Build Bot <bot@example.com> (user 777) in no enterprise, token from -Dbox.token on"
                + " the command line; expiry unknown"), logged);
        assertTrue(logged.contains("warn box.token was given on the command line"), logged);
        assertFalse(logged.contains(CANARY), logged);
        assertEquals("Bearer " + CANARY, server.takeRequest().getHeaders().get("Authorization"));
    }

    /** No verdict outlives a build: the next build asks Box again, and a token revoked meanwhile fails it. */
    @Test
    @InjectMojo(goal = "verify-token")
    @MojoParameter(name = "retries", value = "0")
    void everyBuildAsksBoxAndSeesATokenRevokedSinceTheLast(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        server.enqueue(new MockResponse.Builder().code(401).build());
        session.getUserProperties().setProperty("box.token", CANARY);

        prepared(mojo).execute();
        assertThrows(MojoFailureException.class, () -> mojo.execute());

        assertEquals(2, server.getRequestCount());
    }

    @Test
    @InjectMojo(goal = "verify-token")
    void tokenFromSettingsServer(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        Server box = new Server();
        box.setId("box");
        box.setPassword(CANARY);
        Settings settings = new Settings();
        settings.addServer(box);
        when(session.getSettings()).thenReturn(settings);

        prepared(mojo).execute();

        assertTrue(logged().contains("token from settings.xml server 'box'"), logged());
    }

    @Test
    @InjectMojo(goal = "verify-token")
    @MojoParameter(name = "skip", value = "true")
    void skipMakesNoRequest(VerifyTokenMojo mojo) throws Exception {
        session.getUserProperties().setProperty("box.token", CANARY);
        prepared(mojo).execute();
        assertEquals(0, server.getRequestCount());
        assertEquals("info Box token check skipped (box.skip=true).", logged());
    }

    @Test
    @InjectMojo(goal = "verify-token")
    @MojoParameter(name = "retries", value = "0")
    void aRejectedTokenFailsTheBuildWithTheMessage(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).build());
        session.getUserProperties().setProperty("box.token", CANARY);

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> prepared(mojo).execute());

        assertEquals("Box rejected the token from -Dbox.token on the command line (HTTP 401): it is invalid, revoked or"
                + " expired (developer tokens expire 60 minutes after they are generated; Box does not say which).\n"
                + "Generate a new token (Box Developer Console > your app > Configuration > Developer Token > Generate"
                + " Developer Token) and update -Dbox.token on the command line.", e.getMessage());
        assertFalse(e.getMessage().contains(CANARY));
    }

    @Test
    @InjectMojo(goal = "verify-token")
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorFalseTurnsTheFailureIntoWarnings(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).build());
        session.getUserProperties().setProperty("box.token", CANARY);

        when(session.getRepositorySession()).thenReturn(new DefaultRepositorySystemSession());
        prepared(mojo).execute();

        String logged = logged();
        assertTrue(logged.contains("warn Box rejected the token"), logged);
        assertTrue(logged.contains("warn The build goes on because box.failOnError=false."), logged);
        assertFalse(logged.contains(CANARY), logged);

        log.lines.clear(); // the next module of the reactor: one line, no second report or annotation
        mojo.execute();
        assertEquals(List.of("warn (checked once for this build) Box rejected the token from -Dbox.token on the"
                + " command line (HTTP 401): it is invalid, revoked or expired (developer tokens expire 60 minutes after"
                + " they are generated; Box does not say which). The build goes on because box.failOnError=false."),
                log.lines.stream().filter(line -> !line.startsWith("debug")).collect(Collectors.toList()));
        assertEquals(1, server.getRequestCount(), "Box is asked once for the build");
    }

    @Test
    @InjectMojo(goal = "verify-token")
    @MojoParameter(name = "timeout", value = "soon")
    void anInvalidParameterIsAConfigurationErrorEvenWithFailOnErrorFalse(VerifyTokenMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "failOnError", false);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> prepared(mojo).execute());
        assertEquals("box.timeout 'soon' is not a duration. Use a value such as 500ms, 90s, 10m, 1h, 1h30m or ISO-8601"
                + " (PT10M).", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    @InjectMojo(goal = "verify-token")
    @MojoParameter(name = "auth", value = "oauth")
    void anUnknownChoiceIsAConfigurationErrorNamingTheChoices(VerifyTokenMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "failOnError", false);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> prepared(mojo).execute());
        assertEquals("box.auth 'oauth' is not a choice; use auto, token, ccg or jwt.", e.getMessage());
    }

    /** Finding 10: a blank path (an unset {@code ${env.X}}) is no path, not the project directory. */
    @Test
    @InjectMojo(goal = "verify-token")
    void blankPathsAreUnsetAndRelativeOnesResolveAgainstTheProject(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        session.getUserProperties().setProperty("box.token", CANARY);
        setVariableValueToObject(mojo, "jwtConfig", " ");
        setVariableValueToObject(mojo, "tokenFile", "");
        prepared(mojo).execute();
        String logged = logged();
        assertTrue(logged.contains("info Box token OK: Build Bot"), logged);
        assertFalse(logged.contains("box.tokenFile") || logged.contains("box.jwtConfig "), logged);
        setVariableValueToObject(mojo, "ledger", " ");
        assertEquals(java.nio.file.Paths.get(System.getProperty("user.home"), ".m2", "box-maven-plugin",
                "token-ledger.properties").toAbsolutePath().normalize(), mojo.parameters().ledger,
                "a blank box.ledger is unset, so the default; not off, and not the project directory");
        setVariableValueToObject(mojo, "ledger", "off");

        log.lines.clear();
        setVariableValueToObject(mojo, "tokenFile", "handoff/box-token");
        mojo.execute();
        String warned = log.lines.stream().filter(line -> line.contains("was not written")).findFirst().orElse("");
        java.nio.file.Path written = java.nio.file.Paths.get(warned.replaceAll(".*\\); (.*) was not written\\.", "$1"));
        assertTrue(written.isAbsolute() && written.endsWith("handoff/box-token"), warned);
    }

    /** -Dbox.token beats the pom's, which beats MAVEN_OPTS'; a blank one is passed over, each warned as its own. */
    @Test
    @InjectMojo(goal = "verify-token")
    void theFirstNonBlankPlaceWinsAndItsOwnWarningIsGiven(VerifyTokenMojo mojo) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        session.getUserProperties().setProperty("box.token", " ");
        session.getSystemProperties().setProperty("box.token", CANARY);
        prepared(mojo).execute();
        String logged = logged();
        assertTrue(logged.contains("token from JVM system property box.token (MAVEN_OPTS or .mvn/jvm.config)"), logged);
        assertFalse(logged.contains("given on the command line"), logged);
        assertFalse(logged.contains(CANARY), logged);
        assertEquals("Bearer " + CANARY, server.takeRequest().getHeaders().get("Authorization"));
    }
}
