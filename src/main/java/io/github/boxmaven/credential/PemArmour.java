package io.github.boxmaven.credential;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one PEM block of a private key out of its armour (RFC 7468): its label, whether it has headers, its bytes. */
final class PemArmour {
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,64})-----");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z-]{1,32}: .*");

    /** What is wrong with the armour, for "The private key in box.jwtConfig x.json ..." messages. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String problem) {
            super(problem);
        }
    }

    final String label;
    final boolean hasHeaders;
    final byte[] der;

    private PemArmour(String label, boolean hasHeaders, byte[] der) {
        this.label = label;
        this.hasHeaders = hasHeaders;
        this.der = der;
    }

    /** @param text the PEM, its line breaks real or written {@code \n} as in the console's JSON */
    static PemArmour read(String text) throws Malformed {
        String pem = text.replace("\\n", "\n").replace("\r", "");
        Matcher begin = BEGIN.matcher(pem);
        if (!begin.find()) {
            throw new Malformed("holds no PEM block (expected -----BEGIN ENCRYPTED PRIVATE KEY-----, -----BEGIN"
                    + " PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)");
        }
        String label = begin.group(1);
        String end = "-----END " + label + "-----";
        int endAt = pem.indexOf(end, begin.end());
        if (endAt < 0) {
            throw new Malformed("has a -----BEGIN " + label + "----- line but no " + end + " line");
        }
        if (BEGIN.matcher(pem.substring(endAt + end.length())).find()) {
            throw new Malformed("holds more than one PEM block; keep only the private key");
        }
        StringBuilder base64 = new StringBuilder();
        boolean headers = false;
        for (String line : pem.substring(begin.end(), endAt).split("\n")) {
            String trimmed = line.trim();
            if (HEADER.matcher(trimmed).matches() && base64.length() == 0) {
                headers = true;
            } else {
                base64.append(trimmed);
            }
        }
        try {
            byte[] der = Base64.getDecoder().decode(base64.toString());
            if (der.length == 0) {
                throw new Malformed("has nothing between its BEGIN and END lines");
            }
            return new PemArmour(label, headers, der);
        } catch (IllegalArgumentException e) {
            throw new Malformed("has text between its BEGIN and END lines that is not Base64");
        }
    }
}
