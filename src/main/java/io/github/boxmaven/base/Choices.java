package io.github.boxmaven.base;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.util.ArrayList;
import java.util.List;

/** Reads a parameter that is one of an enum's choices, each named by its toString. */
public final class Choices {
    private Choices() {}

    /** The choice {@code text} names, ignoring case and surrounding blanks. */
    public static <E extends Enum<E>> E parse(Class<E> choices, String property, String text)
            throws ConfigurationFailure {
        String value = text == null ? "" : text.trim();
        List<String> names = new ArrayList<>();
        for (E choice : choices.getEnumConstants()) {
            if (choice.toString().equalsIgnoreCase(value)) {
                return choice;
            }
            names.add(choice.toString());
        }
        String last = names.remove(names.size() - 1);
        throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is not a choice; use "
                + String.join(", ", names) + " or " + last + ".");
    }
}
