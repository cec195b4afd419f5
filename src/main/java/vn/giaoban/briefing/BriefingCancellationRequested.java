package vn.giaoban.briefing;

/** Published inside the transaction that calls a briefing off; the workflow ends its process instance on it. */
public record BriefingCancellationRequested(long briefingId) {
}
