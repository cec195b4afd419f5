package vn.giaoban.minutes;

/** In which capacity someone signs a document. */
enum SignerRole {
    RECORDER, CHAIR
}
