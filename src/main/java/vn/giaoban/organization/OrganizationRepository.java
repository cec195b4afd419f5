package vn.giaoban.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    boolean existsByNameKey(String nameKey);

    List<Organization> findAllByOrderByNameAsc();
}
