package vn.giaoban.briefing;

/** Published inside the transaction that creates a briefing; the workflow starts its process instance on it. */
public record BriefingScheduled(long briefingId) {
}
