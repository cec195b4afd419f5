package vn.giaoban.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.common.ProblemException;

/** The public face of this module for the others: look people and organisations up. */
@Service
@Transactional(readOnly = true)
public class People {

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;

    People(UserAccountRepository users, OrganizationRepository organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    public Optional<UserAccount> activeUser(String username) {
        return users.findByUsername(username).filter(UserAccount::isActive);
    }

    public UserAccount user(long id) {
        return users.findById(id).orElseThrow(() -> ProblemException.notFound("user.notFound"));
    }

    /** Users by id, keyed by id, in no particular order. */
    public Map<Long, UserAccount> usersById(Collection<Long> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
    }

    /** Active users by username, in the order asked; missing or disabled ones are absent. */
    public Map<String, UserAccount> activeUsersByName(List<String> usernames) {
        Map<String, UserAccount> found = users.findByUsernameIn(usernames).stream()
                .filter(UserAccount::isActive)
                .collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
        Map<String, UserAccount> ordered = new LinkedHashMap<>();
        usernames.forEach(name -> {
            if (found.containsKey(name)) {
                ordered.put(name, found.get(name));
            }
        });
        return ordered;
    }

    public Optional<Organization> organization(long id) {
        return organizations.findById(id);
    }

    public Map<Long, Organization> organizationsById(Collection<Long> ids) {
        return organizations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
    }
}
