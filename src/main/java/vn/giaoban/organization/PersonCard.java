package vn.giaoban.organization;

/**
 * What other modules show of a person. None of it changes once the account exists (an account is only activated,
 * deactivated or given a new password), so cards are kept in memory by {@link People#personCards}.
 */
public record PersonCard(long id, String username, String fullName, String position) {
}
