import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The "small Java program using OkHttp directly" alternative: a default client, one GET /2.0/users/me. */
public final class OkHttpCheck {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder().url(args[0] + "/2.0/users/me")
                .header("Authorization", "Bearer " + System.getenv("BOX_TOKEN")).build();
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            if (response.code() != 200) {
                System.err.println("HTTP " + response.code());
                System.exit(1);
            }
            System.out.println("HTTP 200, " + body.length() + " chars");
        }
        System.exit(0);
    }
}
