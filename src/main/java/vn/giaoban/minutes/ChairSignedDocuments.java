package vn.giaoban.minutes;

/** Published when the chair's externally signed documents have all been accepted; the workflow moves on. */
public record ChairSignedDocuments(long briefingId) {
}
