package io.github.boxmaven.credential;

/** {@code box.jwtAlgorithm}: the JWT assertion's signature, as Box accepts it. */
public enum JwtAlgorithm {
    RS256("SHA256withRSA"),
    RS384("SHA384withRSA"),
    RS512("SHA512withRSA");

    /** The JDK's name for the signature. */
    final String jdkName;

    JwtAlgorithm(String jdkName) {
        this.jdkName = jdkName;
    }
}
