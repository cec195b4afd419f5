package vn.giaoban.organization;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;

/** Organisations (ADMIN writes, every logged-in user reads; enforced in the security configuration). */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

    private final AuditTrail audit;
    private final OrganizationRepository organizations;
    private final Directory directory;
    private final Clock clock;

    OrganizationController(AuditTrail audit, OrganizationRepository organizations, Directory directory,
                           Clock clock) {
        this.audit = audit;
        this.directory = directory;
        this.organizations = organizations;
        this.clock = clock;
    }

    record NewOrganization(@NotBlank @Size(max = 300) String name,
                           @Size(max = 300) String parentName,
                           Long parentId,
                           @NotBlank @Size(max = 20) String code,
                           @NotBlank @Size(max = 200) String place,
                           Boolean chairSignsExternally) {
    }

    /** Body of {@code PATCH /api/organizations/{id}}: the settings that may change. */
    record Settings(Boolean chairSignsExternally) {
    }

    record OrganizationView(long id, String name, String parentName, Long parentId, String code, String place,
                            boolean active, boolean chairSignsExternally) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.getId(), o.getName(), o.getParentName(), o.getParentId(), o.getCode(),
                    o.getPlace(), o.isActive(), o.isChairSignsExternally());
        }
    }

    @PostMapping
    ResponseEntity<OrganizationView> create(@Valid @RequestBody NewOrganization body) {
        Organization created = directory.createOrganization(body.name(), body.parentName(), body.parentId(),
                body.code(), body.place(), Boolean.TRUE.equals(body.chairSignsExternally()));
        return ResponseEntity.created(URI.create("/api/organizations/" + created.getId()))
                .body(OrganizationView.of(created));
    }

    @PatchMapping("/{id}")
    @Transactional
    OrganizationView change(@PathVariable long id, @Valid @RequestBody Settings body) {
        Organization organization = organizations.findById(id)
                .orElseThrow(() -> ProblemException.notFound("organization.notFound", id));
        if (body.chairSignsExternally() != null) {
            organization.changeSigning(body.chairSignsExternally());
        }
        audit.record("ORGANIZATION_CHANGED", null, null, null,
                "#" + id + " chairSignsExternally=" + organization.isChairSignsExternally());
        return OrganizationView.of(organizations.saveAndFlush(organization));
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<OrganizationView> list() {
        return organizations.findAllByOrderByNameAsc().stream().map(OrganizationView::of).toList();
    }
}
