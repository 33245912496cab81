package io.github.boxmaven.failure;

/** Something answered, but not the Box API: a 404, an HTML page from a proxy, a JSON body that is no user. */
public final class NotBoxApi extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    public NotBoxApi(String url, String what, String requestId) {
        super(FailureKind.NOT_BOX_API, "This does not look like the Box API at " + url + ": " + what,
                "Check box.baseUrl (default https://api.box.com); if a proxy or captive portal answered,"
                        + " configure the proxy in settings.xml <proxies> or sign in to the network.",
                requestId);
    }
}
