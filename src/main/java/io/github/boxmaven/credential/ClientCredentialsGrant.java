package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.failure.BoxCheckFailure;

/** Client Credentials Grant: the app's client id and secret, for an enterprise or a user. */
public final class ClientCredentialsGrant implements Credential {
    private final AppClient client;
    private final Subject subject;

    ClientCredentialsGrant(AppClient client, Subject subject) {
        this.client = client;
        this.subject = subject;
    }

    @Override
    public String identity() {
        return "ccg " + client.id + " " + client.secret.sha256Hex() + " " + subject.describe();
    }

    @Override
    public String app() {
        return client.id;
    }

    @Override
    public Subject subject() {
        return subject;
    }

    @Override
    public String describe() {
        return "Client Credentials Grant for " + subject.describe() + " (client id and secret from " + client.source
                + ", subject from " + subject.source + ")";
    }

    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint) throws BoxCheckFailure {
        return AccessToken.obtained(endpoint.clientCredentials(client.id, client.secret, subject, client.source),
                describe());
    }
}
