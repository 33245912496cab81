package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.ConfigurationFailure;
import io.github.boxmaven.failure.PrincipalFailures;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whom the token must act for: {@code box.allowedEnterpriseIds} or {@code box.forbiddenEnterpriseIds},
 * {@code box.allowedUserIds} (the token's own user), and {@code box.asUser}, the user it acts as by As-User. Checks,
 * not part of what a token is handed on for.
 */
public final class PrincipalRules {
    /** Null when not set, as every field. */
    private final Set<String> allowedEnterprises;
    private final Set<String> forbiddenEnterprises;
    private final Set<String> allowedUsers;
    /** A user id. */
    public final String asUser;
    /** {@code box.asUser} or {@code environment variable BOX_AS_USER}. */
    public final String asUserFrom;

    /** The rules the parameters give (each null or blank when not set); ids that are not ids are refused. */
    PrincipalRules(String allowedEnterprises, String forbiddenEnterprises, String allowedUsers, String asUser,
            String asUserEnvironment) throws ConfigurationFailure {
        this.allowedEnterprises = ids("box.allowedEnterpriseIds", allowedEnterprises);
        this.forbiddenEnterprises = ids("box.forbiddenEnterpriseIds", forbiddenEnterprises);
        if (this.allowedEnterprises != null && this.forbiddenEnterprises != null) {
            throw ConfigurationFailure.invalidParameter("box.allowedEnterpriseIds and box.forbiddenEnterpriseIds are"
                    + " both set; use one: the enterprises this job may use, or those it must not.");
        }
        boolean fromParameter = asUser != null && !asUser.trim().isEmpty();
        String from = fromParameter ? "box.asUser" : "environment variable BOX_AS_USER";
        Set<String> actAs = ids(from, fromParameter ? asUser : asUserEnvironment);
        if (actAs != null && actAs.size() > 1) {
            throw ConfigurationFailure.invalidParameter(from + " names " + actAs.size() + " users; As-User acts as one:"
                    + " give one user id.");
        }
        this.allowedUsers = ids("box.allowedUserIds", allowedUsers);
        this.asUser = actAs == null ? null : actAs.iterator().next();
        this.asUserFrom = actAs == null ? null : from;
    }

    /** Comma-separated Box ids, or null when {@code text} is blank; anything else names the bad entry. */
    private static Set<String> ids(String parameter, String text) throws ConfigurationFailure {
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String entry : text.split(",", -1)) {
            if (!entry.trim().matches(BoxApiClient.ID)) {
                throw ConfigurationFailure.invalidParameter(parameter + " entry '" + entry.trim() + "' is not a Box id;"
                        + " use ids of digits (at most 20), comma-separated, such as 987654,123456.");
            }
            ids.add(entry.trim());
        }
        return ids;
    }

    /** Refuses, before any request, an enterprise the configuration names ({@code enterprise} null: none named). */
    void refuseBeforeRequest(Subject enterprise) throws BoxCheckFailure {
        String rule = enterprise == null ? null : ruleAgainst(enterprise.id);
        if (rule != null) {
            throw PrincipalFailures.enterpriseRefusedBeforeRequest(enterprise.source, enterprise.id, rule);
        }
    }

    /** Requires the token's own user, and its enterprise, to be allowed; {@code source} names the token. */
    void require(String source, BoxUser user) throws BoxCheckFailure {
        String enterpriseId = user.enterprise == null ? null : user.enterprise.id;
        String rule = ruleAgainst(enterpriseId);
        if (rule != null) {
            throw PrincipalFailures.enterpriseNotAllowed(source, user.describeWithEnterprise(), rule, enterpriseId);
        }
        if (allowedUsers != null && !allowedUsers.contains(user.id)) {
            throw PrincipalFailures.userNotAllowed(source, user.describe(), String.join(",", allowedUsers));
        }
    }

    /** Whether any list is set: a token whose user is not known (a record without it) cannot pass them. */
    boolean restrictsWho() {
        return allowedEnterprises != null || forbiddenEnterprises != null || allowedUsers != null;
    }

    /** {@code box.allowedEnterpriseIds (987654) does not allow}, or null when {@code enterpriseId} (null: none) passes. */
    private String ruleAgainst(String enterpriseId) {
        if (allowedEnterprises != null && (enterpriseId == null || !allowedEnterprises.contains(enterpriseId))) {
            return "box.allowedEnterpriseIds (" + String.join(",", allowedEnterprises) + ") does not allow";
        }
        if (forbiddenEnterprises != null && enterpriseId != null && forbiddenEnterprises.contains(enterpriseId)) {
            return "box.forbiddenEnterpriseIds (" + String.join(",", forbiddenEnterprises) + ") forbids";
        }
        return null;
    }

    /** Every rule, for the verdict cache's key: two runs with other rules never share a verdict. */
    String cacheKey() {
        return allowedEnterprises + " " + forbiddenEnterprises + " " + allowedUsers + " " + asUser;
    }
}
