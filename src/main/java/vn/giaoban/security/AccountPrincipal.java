package vn.giaoban.security;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as kept in the session: the actor plus the password hash until authentication ends. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean active;
    private String passwordHash;

    AccountPrincipal(Actor actor, String passwordHash, boolean active) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + actor.username() + "]";
    }

}
