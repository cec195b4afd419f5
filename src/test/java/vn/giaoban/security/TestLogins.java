package vn.giaoban.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** For controller slices: a request made by the given actor, as if they had logged in. */
public final class TestLogins {

    private TestLogins() {
    }

    public static RequestPostProcessor as(Actor actor) {
        AccountPrincipal principal = new AccountPrincipal(actor, "unused", true);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
