package vn.giaoban.organization;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;

/** Creates organisations and users (ADMIN), for the API and the web pages alike. */
@Service
public class Directory {

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Directory(OrganizationRepository organizations, UserAccountRepository users, PasswordEncoder passwords,
              AuditTrail audit, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organization createOrganization(String rawName, String rawParentName, Long parentId, String code,
                                           String place, boolean chairSignsExternally) {
        String name = Texts.line("name", rawName);
        if (name.isEmpty()) {
            throw ProblemException.invalidField("name", "field.required");
        }
        String nameKey = Texts.nameKey(name);
        if (organizations.existsByNameKey(nameKey)) {
            throw ProblemException.invalidField("name", "field.taken");
        }
        String parentName = rawParentName == null || rawParentName.isBlank() ? null
                : Texts.line("parentName", rawParentName);
        if (parentId != null) {
            Organization parent = organizations.findById(parentId)
                    .orElseThrow(() -> ProblemException.invalidField("parentId", "field.unknownOrganization"));
            if (parentName == null) {
                parentName = parent.getName();
            }
        }
        Organization organization = new Organization(name, nameKey, parentId, parentName,
                Texts.line("code", code), Texts.line("place", place), clock.instant());
        organization.changeSigning(chairSignsExternally);
        Organization created = organizations.saveAndFlush(organization);
        audit.record("ORGANIZATION_CREATED", null, null, null, "#" + created.getId() + " " + created.getName());
        return created;
    }

    /** A deactivated user can no longer log in; their records stay. */
    @Transactional
    public UserAccount setActive(long userId, boolean active) {
        UserAccount user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("user.notFound"));
        user.setActive(active);
        audit.record(active ? "USER_ACTIVATED" : "USER_DEACTIVATED", null, null, null, user.getUsername());
        return users.saveAndFlush(user);
    }

    @Transactional
    public UserAccount resetPassword(long userId, String password) {
        if (password == null || password.length() < 8 || password.length() > 200) {
            throw ProblemException.invalidField("password", "field.size");
        }
        UserAccount user = users.findById(userId).orElseThrow(() -> ProblemException.notFound("user.notFound"));
        user.changePassword(passwords.encode(password));
        audit.record("USER_PASSWORD_RESET", null, null, null, user.getUsername());
        return users.saveAndFlush(user);
    }

    @Transactional
    public UserAccount createUser(String username, String password, String fullName, String rawPosition,
                                  Long organizationId, Set<Role> roles) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,49}")) {
            throw ProblemException.invalidField("username", "field.pattern");
        }
        if (password == null || password.length() < 8 || password.length() > 200) {
            throw ProblemException.invalidField("password", "field.size");
        }
        if (roles == null || roles.isEmpty()) {
            throw ProblemException.invalidField("roles", "field.required");
        }
        if (users.findByUsername(username).isPresent()) {
            throw ProblemException.invalidField("username", "field.taken");
        }
        if (organizationId != null && !organizations.existsById(organizationId)) {
            throw ProblemException.invalidField("organizationId", "field.unknownOrganization");
        }
        boolean needsOrganization = roles.stream().anyMatch(r -> r != Role.ADMIN);
        if (needsOrganization && organizationId == null) {
            throw ProblemException.invalidField("organizationId", "field.required");
        }
        String name = Texts.line("fullName", fullName == null ? "" : fullName);
        if (name.isEmpty()) {
            throw ProblemException.invalidField("fullName", "field.required");
        }
        String position = rawPosition == null || rawPosition.isBlank() ? null : Texts.line("position", rawPosition);
        UserAccount created = users.saveAndFlush(new UserAccount(username, passwords.encode(password), name,
                position, organizationId, roles, clock.instant()));
        audit.record("USER_CREATED", null, null, null, created.getUsername() + " " + roles);
        return created;
    }
}
