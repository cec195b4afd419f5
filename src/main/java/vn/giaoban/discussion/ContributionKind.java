package vn.giaoban.discussion;

/** Khó khăn, vướng mắc / đề xuất / ý kiến. */
public enum ContributionKind {
    DIFFICULTY, PROPOSAL, OPINION
}
