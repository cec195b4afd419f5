package vn.giaoban.organization;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;
import vn.giaoban.security.Actor;

/** Users: ADMIN creates, ADMIN and SECRETARIAT list (to pick participants), everyone reads themself. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final AuditTrail audit;
    private final UserAccountRepository users;
    private final Directory directory;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserController(AuditTrail audit, Directory directory, UserAccountRepository users, OrganizationRepository organizations, PasswordEncoder passwords,
                   Clock clock) {
        this.audit = audit;
        this.directory = directory;
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.clock = clock;
    }

    record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,49}") String username,
                   @NotNull @Size(min = 8, max = 200) String password,
                   @NotBlank @Size(max = 200) String fullName,
                   @Size(max = 200) String position,
                   Long organizationId,
                   @NotEmpty Set<@NotNull Role> roles) {
    }

    record UserView(long id, String username, String fullName, String position, Long organizationId,
                    Set<Role> roles, boolean active) {
        static UserView of(UserAccount u) {
            return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getPosition(), u.getOrganizationId(),
                    EnumSet.copyOf(u.getRoles()), u.isActive());
        }
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser body) {
        UserAccount created = directory.createUser(body.username(), body.password(), body.fullName(),
                body.position(), body.organizationId(), body.roles());
        return ResponseEntity.created(URI.create("/api/users/" + created.getId())).body(UserView.of(created));
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<UserView> list() {
        return users.findAllByOrderByFullNameAsc().stream().map(UserView::of).toList();
    }

    record NewPassword(@NotNull @Size(min = 8, max = 200) String password) {
    }

    @PostMapping("/{id}/deactivate")
    UserView deactivate(@PathVariable long id) {
        return UserView.of(directory.setActive(id, false));
    }

    @PostMapping("/{id}/activate")
    UserView activate(@PathVariable long id) {
        return UserView.of(directory.setActive(id, true));
    }

    @PutMapping("/{id}/password")
    ResponseEntity<Void> password(@PathVariable long id, @Valid @RequestBody NewPassword body) {
        directory.resetPassword(id, body.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Transactional(readOnly = true)
    UserView me(Actor actor) {
        return users.findById(actor.id()).map(UserView::of)
                .orElseThrow(() -> ProblemException.notFound("user.notFound"));
    }
}
