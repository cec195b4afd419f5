package vn.giaoban.security;

import java.util.EnumSet;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.organization.Role;
import vn.giaoban.organization.UserAccount;
import vn.giaoban.organization.UserAccountRepository;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        EnumSet<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        Actor actor = new Actor(user.getId(), user.getUsername(), user.getFullName(), user.getOrganizationId(), roles);
        return new AccountPrincipal(actor, user.getPasswordHash(), user.isActive());
    }
}
