package io.github.boxmaven.credential;

import org.jose4j.jws.AlgorithmIdentifiers;

/** {@code box.jwtAlgorithm}: the JWT assertion's signature, as Box accepts it. */
public enum JwtAlgorithm {
    RS256(AlgorithmIdentifiers.RSA_USING_SHA256),
    RS384(AlgorithmIdentifiers.RSA_USING_SHA384),
    RS512(AlgorithmIdentifiers.RSA_USING_SHA512);

    private final String joseName;

    JwtAlgorithm(String joseName) {
        this.joseName = joseName;
    }

    /** jose4j's name for it. */
    String joseName() {
        return joseName;
    }
}
