package vn.giaoban.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Every authenticated call looks its caller up: a JPQL string, translated once (see findWithRolesByIdIn). */
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    /**
     * Users with their roles in one query. A JPQL string, unlike {@code findAllById}'s criteria query, is translated
     * once and then taken from Hibernate's plan cache: the translation was most of a briefing view's cost (JFR).
     */
    @Query("select distinct u from UserAccount u left join fetch u.roles where u.id in :ids")
    List<UserAccount> findWithRolesByIdIn(@Param("ids") Collection<Long> ids);

    /** Only the flag: the rest of a person is on their card ({@link People#personCards}). */
    @Query("select u.active from UserAccount u where u.id = :id")
    Optional<Boolean> isActive(@Param("id") long id);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    List<UserAccount> findAllByOrderByFullNameAsc();

    List<UserAccount> findByOrganizationIdOrderByFullNameAsc(Long organizationId);
}
