package vn.giaoban.organization;

/** What a user may do in the service; a user may hold several. */
public enum Role {
    ADMIN, SECRETARIAT, SECRETARY, PARTICIPANT
}
