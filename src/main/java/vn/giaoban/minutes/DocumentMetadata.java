package vn.giaoban.minutes;

import java.util.Calendar;

/**
 * What a document says about itself (PDF/A XMP metadata and the document information dictionary) and the machine-
 * readable file it carries (an associated file with relationship {@code Data}).
 */
record DocumentMetadata(String title, String author, String subject, Calendar created, Attachment attachment) {

    record Attachment(String fileName, String description, String mediaType, byte[] content) {
    }
}
