package vn.giaoban.security;

import java.io.Serializable;
import java.util.Set;

import vn.giaoban.organization.Role;

/** Who is calling: resolved from the session or HTTP Basic login for every request. */
public record Actor(long id, String username, String fullName, Long organizationId, Set<Role> roles)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Secretariat staff of the given organisation. */
    public boolean isSecretariatOf(long organization) {
        return has(Role.SECRETARIAT) && organizationId != null && organizationId == organization;
    }
}
