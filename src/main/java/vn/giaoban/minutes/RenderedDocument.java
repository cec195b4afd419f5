package vn.giaoban.minutes;

import java.util.List;

/** A freshly rendered, unsigned document and the places its signatures will take. */
record RenderedDocument(byte[] pdf, List<SignatureBox> signatureBoxes) {
}
