package vn.giaoban.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    boolean existsByNameKey(String nameKey);

    /** A JPQL string, translated once (see {@link UserAccountRepository#findWithRolesByIdIn}). */
    @Query("select o from Organization o where o.id in :ids")
    List<Organization> findByIdIn(@Param("ids") Collection<Long> ids);

    List<Organization> findAllByOrderByNameAsc();
}
