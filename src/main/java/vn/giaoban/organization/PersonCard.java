package vn.giaoban.organization;

/**
 * What other modules show of a person, and the organisation they belong to (none for an administrator). None of it
 * changes once the account exists (an account is only activated, deactivated or given a new password), so cards are
 * kept in memory by {@link People#personCards}. Whether the account is active is not on the card for that reason.
 */
public record PersonCard(long id, String username, String fullName, String position, Long organizationId) {
}
