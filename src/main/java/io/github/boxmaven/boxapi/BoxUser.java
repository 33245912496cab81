package io.github.boxmaven.boxapi;

/** The user a token acts for, as {@code GET /2.0/users/me} describes it. */
public final class BoxUser {
    public final String id;
    /** May be null. */
    public final String name;
    /** The e-mail address the user signs in with; may be null, e.g. for some service accounts. */
    public final String login;
    /** {@code active}, {@code inactive}...; may be null. */
    public final String status;

    public BoxUser(String id, String name, String login, String status) {
        this.id = id;
        this.name = name;
        this.login = login;
        this.status = status;
    }

    /** {@code Test User <test@user.com> (user 12345)}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (name != null && !name.isEmpty()) {
            out.append(name);
        }
        if (login != null && !login.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append('<').append(login).append('>');
        }
        out.append(out.length() > 0 ? " " : "").append("(user ").append(id).append(')');
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
