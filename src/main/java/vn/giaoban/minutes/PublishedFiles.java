package vn.giaoban.minutes;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.giaoban.common.GiaobanProperties;

/**
 * Published documents as files, {@code <data-dir>/published/<sha256>.pdf}, so that Tomcat sends them with
 * {@code sendfile} as nginx does: the kernel copies the file to the socket, and the service's threads no longer push
 * each download through Tomcat's 8 KB socket buffer. The database keeps the documents; these files are a cache that
 * fills again after they are removed. A published document never changes and each file is named by its content's
 * hash; one found on disk is compared with the database's bytes before it is served. Where the directory cannot be
 * written the bytes are sent from memory.
 */
@Component
class PublishedFiles {

    private static final Logger log = LoggerFactory.getLogger(PublishedFiles.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path directory;

    PublishedFiles(GiaobanProperties properties) {
        this.directory = properties.dataDir().resolve("published").toAbsolutePath().normalize();
    }

    /** The file holding {@code pdf}, written now if it is missing; null if it cannot be written. */
    Path fileOf(String sha256, byte[] pdf) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        Path file = directory.resolve(sha256 + ".pdf");
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), pdf)) {
                return file;
            }
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, sha256, ".part");
            try {
                Files.write(partial, pdf);
                moveInPlace(partial, file);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        } catch (IOException e) {
            log.warn("Cannot write {}, so the document is sent from memory: {}", file, e.toString());
            return null;
        }
    }

    private static void moveInPlace(Path partial, Path file) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
