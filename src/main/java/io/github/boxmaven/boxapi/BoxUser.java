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
    /** The user's enterprise; null when the user belongs to none (a free developer account). */
    public final Enterprise enterprise;
    /** The user's storage as {@code /users/me} tells it; never null, its numbers null when Box did not send them. */
    public final Storage storage;

    public BoxUser(String id, String name, String login, String status, Enterprise enterprise) {
        this(id, name, login, status, enterprise, Storage.UNKNOWN);
    }

    public BoxUser(String id, String name, String login, String status, Enterprise enterprise, Storage storage) {
        this.id = id;
        this.name = name;
        this.login = login;
        this.status = status;
        this.enterprise = enterprise;
        this.storage = storage;
    }

    /** {@code Test User <test@user.com> (user 12345)}. */
    public String describe() {
        return (name == null || name.isEmpty() ? "" : name + " ")
                + (login == null || login.isEmpty() ? "" : "<" + login + "> ") + "(user " + id + ")";
    }

    /** {@code Test User <test@user.com> (user 12345) in enterprise 987654 'Acme'}, or {@code ... in no enterprise}. */
    public String describeWithEnterprise() {
        return describe() + " in " + Enterprise.describe(enterprise);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** A Box enterprise: its id (digits) and name (cleaned; may be null). */
    public static final class Enterprise {
        public final String id;
        public final String name;

        public Enterprise(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** {@code enterprise 987654 'Acme'}, {@code enterprise 987654}, or {@code no enterprise} for null. */
        public static String describe(Enterprise enterprise) {
            return enterprise == null ? "no enterprise" : "enterprise " + enterprise.id
                    + (enterprise.name == null || enterprise.name.isEmpty() ? "" : " '" + enterprise.name + "'");
        }
    }

    /** {@code space_used}, {@code space_amount} and {@code max_upload_size} in bytes; each null when not sent. */
    public static final class Storage {
        static final Storage UNKNOWN = new Storage(null, null, null);

        public final Long used;
        /** Box's "unlimited" is {@code 1000000000000000} (1,000 TB). */
        public final Long amount;
        public final Long maxUploadSize;

        public Storage(Long used, Long amount, Long maxUploadSize) {
            this.used = used;
            this.amount = amount;
            this.maxUploadSize = maxUploadSize;
        }

        /** The share of the quota in use, 0 to 100 and beyond, or -1 when Box did not say both numbers. */
        public int percentUsed() {
            return used == null || amount == null || amount == 0 ? -1 : (int) Math.min(1000, used * 100.0 / amount);
        }
    }
}
