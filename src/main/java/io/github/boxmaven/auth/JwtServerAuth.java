package io.github.boxmaven.auth;

import io.github.boxmaven.credential.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;

import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;

/** JWT server authentication with the app config file the Developer Console downloads. */
public final class JwtServerAuth implements AppCredential {
    private final Path configFile;
    private final JwtAppConfig config;
    private final Secret passphrase;
    private final Subject subject;
    private final String algorithm;

    /**
     * @param passphrase the key's passphrase (from the file or BOX_JWT_PASSPHRASE), null when none
     * @param algorithm a jose4j algorithm identifier, see {@link JwtAssertion#algorithm(String)}
     */
    public JwtServerAuth(Path configFile, JwtAppConfig config, Secret passphrase, Subject subject, String algorithm) {
        this.configFile = configFile;
        this.config = config;
        this.passphrase = passphrase;
        this.subject = subject;
        this.algorithm = algorithm;
    }

    @Override
    public String describe() {
        return "JWT for " + subject.describe() + " (app config " + configFile.getFileName() + ", public key "
                + config.publicKeyId() + ", subject from " + subject.source() + ")";
    }

    @Override
    public String sentToTokenEndpoint() {
        return "the client secret and a signed JWT assertion that Box would accept";
    }

    @Override
    public String identity() {
        return "jwt " + config.clientId() + " " + config.publicKeyId() + " " + configFile.toAbsolutePath().normalize()
                + " " + config.contentSha256() + " " + subject.describe() + " " + algorithm
                + " " + (passphrase == null ? "-" : passphrase.sha256Hex());
    }

    @Override
    public ObtainedToken obtain(TokenEndpointClient endpoint) throws BoxCheckFailure {
        RSAPrivateKey key = PrivateKeys.read(config.privateKeyPem(), passphrase, "box.jwtConfig " + configFile);
        return endpoint.jwt(config.clientId(), config.clientSecret(),
                () -> JwtAssertion.sign(config.clientId(), subject, config.publicKeyId(), key, algorithm, endpoint.now()),
                subject, "box.jwtConfig " + configFile);
    }
}
