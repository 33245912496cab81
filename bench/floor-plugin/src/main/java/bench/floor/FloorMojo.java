package bench.floor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** GET {url}/2.0/users/me with BOX_TOKEN, JDK only: the least "load a plugin and make one request" can cost. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class FloorMojo extends AbstractMojo {
    @Parameter(property = "floor.url", required = true)
    private String url;

    @Parameter(property = "floor.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("floor: skipped");
            return;
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url + "/2.0/users/me").openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(10_000);
            connection.setRequestProperty("Authorization", "Bearer " + System.getenv("BOX_TOKEN"));
            int status = connection.getResponseCode();
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n; in != null && (n = in.read(buffer)) > 0; ) {
                    body.write(buffer, 0, n);
                }
                if (status != 200) {
                    throw new MojoFailureException("HTTP " + status);
                }
                getLog().info("floor: HTTP 200, " + body.size() + " bytes");
            }
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
