package vn.giaoban.organization;

/** What other modules show of an organisation: its name and code never change once it exists. */
public record UnitCard(long id, String name, String code) {
}
