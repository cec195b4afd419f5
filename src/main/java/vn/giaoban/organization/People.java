package vn.giaoban.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.giaoban.common.ProblemException;

/** The public face of this module for the others: look people and organisations up. */
@Service
@Transactional(readOnly = true)
public class People {

    private static final int REMEMBERED_CARDS = 50_000;

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final Cache<Long, PersonCard> personCards = Caffeine.newBuilder().maximumSize(REMEMBERED_CARDS).build();
    private final Cache<Long, UnitCard> unitCards = Caffeine.newBuilder().maximumSize(REMEMBERED_CARDS).build();

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

    /** Whether the account exists and may act; read from the database, since an administrator can change it. */
    public boolean isActive(long userId) {
        return users.isActive(userId).orElse(false);
    }

    /** Users by id, keyed by id, in no particular order. */
    private Map<Long, UserAccount> usersById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findWithRolesByIdIn(ids).stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
    }

    /**
     * Names and positions by user id, from memory after the first read: every view of a briefing shows its members,
     * and reading them (an IN query Hibernate translates anew for each list) was most of that view's cost (JFR).
     */
    public Map<Long, PersonCard> personCards(Collection<Long> ids) {
        return personCards.getAll(ids, missing -> usersById(Set.copyOf(missing)).values().stream().collect(
                Collectors.toMap(UserAccount::getId, u -> new PersonCard(u.getId(), u.getUsername(), u.getFullName(),
                        u.getPosition(), u.getOrganizationId()))));
    }

    /** One person's card, from memory after the first read. */
    public PersonCard personCard(long id) {
        PersonCard card = personCards(List.of(id)).get(id);
        if (card == null) {
            throw ProblemException.notFound("user.notFound");
        }
        return card;
    }

    /** The card of the organisation a person belongs to; none for an administrator. */
    public Optional<UnitCard> unitOf(PersonCard person) {
        return Optional.ofNullable(unitsOf(List.of(person)).get(person.id()));
    }

    /** The unit of each person who has one, by person id (an administrator has none), from memory. */
    public Map<Long, UnitCard> unitsOf(Collection<PersonCard> persons) {
        Map<Long, UnitCard> units = unitCards(persons.stream().map(PersonCard::organizationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, UnitCard> byPerson = new HashMap<>();
        persons.forEach(person -> {
            UnitCard unit = person.organizationId() == null ? null : units.get(person.organizationId());
            if (unit != null) {
                byPerson.put(person.id(), unit);
            }
        });
        return byPerson;
    }

    /** Names and codes by organisation id, from memory after the first read. */
    public Map<Long, UnitCard> unitCards(Collection<Long> ids) {
        return unitCards.getAll(ids, missing -> organizationsById(Set.copyOf(missing)).values().stream().collect(
                Collectors.toMap(Organization::getId, o -> new UnitCard(o.getId(), o.getName(), o.getCode()))));
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

    private Map<Long, Organization> organizationsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
    }
}
