package vn.giaoban.briefing;

/** The chair's answer to a draft. */
public enum Decision {
    APPROVE, REVISE
}
