package io.github.boxmaven.boxapi;

/** Whom an app token acts for: the enterprise's service account, or a user. */
public final class Subject {
    /** {@code enterprise} or {@code user}, as Box's {@code box_subject_type} and {@code box_sub_type}. */
    public final String type;
    public final String id;
    /** Where the id came from, e.g. {@code box.enterpriseId}. */
    public final String source;

    private Subject(String type, String id, String source) {
        this.type = type;
        this.id = id;
        this.source = source;
    }

    public static Subject enterprise(String id, String source) {
        return new Subject("enterprise", id, source);
    }

    public static Subject user(String id, String source) {
        return new Subject("user", id, source);
    }

    /** {@code enterprise 12345} */
    public String describe() {
        return type + " " + id;
    }
}
