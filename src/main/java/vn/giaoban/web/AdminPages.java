package vn.giaoban.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giaoban.organization.Directory;
import vn.giaoban.organization.OrganizationRepository;
import vn.giaoban.organization.Role;
import vn.giaoban.organization.UserAccountRepository;
import vn.giaoban.security.Actor;

/** ADMIN: organisations and users. */
@Controller
class AdminPages {

    private final Directory directory;
    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final Pages pages;

    AdminPages(Directory directory, OrganizationRepository organizations, UserAccountRepository users, Pages pages) {
        this.directory = directory;
        this.organizations = organizations;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping("/admin")
    String admin(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("organizations", organizations.findAllByOrderByNameAsc());
        model.addAttribute("users", users.findAllByOrderByFullNameAsc());
        model.addAttribute("roles", Role.values());
        return "admin";
    }

    @PostMapping("/admin/organizations")
    String createOrganization(@RequestParam String name, @RequestParam(required = false) String parentName,
                              @RequestParam String code, @RequestParam String place,
                              @RequestParam(defaultValue = "false") boolean chairSignsExternally,
                              RedirectAttributes flash) {
        return pages.act("/admin", flash, "ui.saved", () -> directory.createOrganization(name, parentName, null,
                code, place, chairSignsExternally));
    }

    @PostMapping("/admin/users/{id}/active")
    String active(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam boolean active,
                  RedirectAttributes flash) {
        return pages.act("/admin", flash, "ui.saved", () -> directory.setActive(id, active));
    }

    @PostMapping("/admin/users/{id}/password")
    String password(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam String password,
                    RedirectAttributes flash) {
        return pages.act("/admin", flash, "ui.saved", () -> directory.resetPassword(id, password));
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam String password, @RequestParam String fullName,
                      @RequestParam(required = false) String position,
                      @RequestParam(required = false) Long organizationId,
                      @RequestParam(name = "roles", required = false) List<Role> roles, RedirectAttributes flash) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        return pages.act("/admin", flash, "ui.saved", () -> directory.createUser(username, password, fullName,
                position, organizationId, chosen));
    }
}
