package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.failure.BoxCheckFailure;
import java.nio.file.Path;
import java.time.Instant;
import java.security.interfaces.RSAPrivateKey;

/** JWT server authentication with the app config file the Developer Console downloads. */
public final class JwtServerAuth implements Credential {
    private final Path configFile;
    private final JwtAppConfig config;
    private final Secret passphrase;
    private final Subject subject;
    private final JwtAlgorithm algorithm;

    /** @param passphrase the key's passphrase (from the file or BOX_JWT_PASSPHRASE), null when none */
    JwtServerAuth(Path configFile, JwtAppConfig config, Secret passphrase, Subject subject, JwtAlgorithm algorithm) {
        this.configFile = configFile;
        this.config = config;
        this.passphrase = passphrase;
        this.subject = subject;
        this.algorithm = algorithm;
    }

    @Override
    public String identity() {
        return "jwt " + config.clientId + " " + config.publicKeyId + " " + configFile.toAbsolutePath().normalize()
                + " " + config.contentSha256 + " " + subject.describe() + " " + algorithm + " "
                + (passphrase == null ? "-" : passphrase.sha256Hex());
    }

    @Override
    public String app() {
        return config.clientId;
    }

    @Override
    public Subject subject() {
        return subject;
    }

    /** The subject's enterprise, or the one the config names for a user subject. */
    @Override
    public Subject enterprise() {
        return subject.type.equals("enterprise") ? subject : config.enterpriseId == null
                || config.enterpriseId.equals("0") ? null : Subject.enterprise(config.enterpriseId, "enterpriseID in "
                + configFile.getFileName());
    }

    @Override
    public String describe() {
        return "JWT for " + subject.describe() + " (app config " + configFile.getFileName() + ", public key "
                + config.publicKeyId + ", subject from " + subject.source + ")";
    }

    /** Signs a fresh assertion for every attempt, for the time and {@code jti} the endpoint gives. */
    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint) throws BoxCheckFailure {
        RSAPrivateKey key = PrivateKeys.read(config.privateKeyPem, passphrase, "box.jwtConfig " + configFile);
        return AccessToken.obtained(endpoint.jwt(config.clientId, config.clientSecret,
                new TokenEndpointClient.AssertionSigner() {
                    @Override
                    public String newJti() {
                        return JwtAssertion.randomJti();
                    }

                    @Override
                    public Secret sign(Instant now, String jti) {
                        return JwtAssertion.sign(config.clientId, subject, config.publicKeyId, key, algorithm, now,
                                jti);
                    }
                }, subject, "box.jwtConfig " + configFile), describe());
    }
}
