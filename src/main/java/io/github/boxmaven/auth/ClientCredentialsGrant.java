package io.github.boxmaven.auth;

import io.github.boxmaven.failure.BoxCheckFailure;


/** Client Credentials Grant: the app's client id and secret, for an enterprise or a user. */
public final class ClientCredentialsGrant implements AppCredential {
    private final ClientCredentials client;
    private final Subject subject;

    public ClientCredentialsGrant(ClientCredentials client, Subject subject) {
        this.client = client;
        this.subject = subject;
    }

    @Override
    public String describe() {
        return "Client Credentials Grant for " + subject.describe() + " (client id and secret from " + client.source()
                + ", subject from " + subject.source() + ")";
    }

    @Override
    public String sentToTokenEndpoint() {
        return "the client secret";
    }

    @Override
    public String identity() {
        return "ccg " + client.clientId() + " " + client.clientSecret().sha256Hex() + " " + subject.describe();
    }

    @Override
    public ObtainedToken obtain(TokenEndpointClient endpoint) throws BoxCheckFailure {
        return endpoint.clientCredentials(client, subject);
    }
}
