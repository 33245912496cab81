package io.github.boxmaven.failure;

import java.util.List;

/** No token was configured in any of the places the plugin looks. */
public final class NoCredentialFound extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    /**
     * @param placesLooked how to set each place, in the order looked at
     * @param notes what was found but not usable (an empty value...), may be empty
     */
    public NoCredentialFound(List<String> placesLooked, List<String> notes) {
        super(FailureKind.NO_TOKEN, "No Box token found" + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")
                + ". Set one of: " + String.join(", or ", placesLooked) + ".\n"
                + "To create a developer token (valid 60 minutes): " + Fixes.GENERATE_DEVELOPER_TOKEN + ".");
    }
}
