package vn.giaoban.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's command-line tools (installed by .ci/run) on a PDF: an outside opinion of what the file says and
 * whether its signatures hold. A missing tool fails the test; it is never skipped.
 */
public final class PdfTools {

    private PdfTools() {
    }

    public static String pdftotext(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    public static String pdfsig(Path pdf) {
        return run("pdfsig", pdf.toString());
    }

    public static Path write(byte[] bytes, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "pdf-checks"));
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String run(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish");
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed (apt-get install poppler-utils)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
