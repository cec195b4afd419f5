package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.Scenario;
import vn.giaoban.support.ServiceTest;

/**
 * A document's bytes stay in the database until something needs them: loading a briefing's documents (for the list,
 * or to publish them) reads their numbers, signatures and state only. Read on demand, they are the bytes every
 * participant downloads, with the hash recorded at publication. They are stored as revisions, each once: the rendered
 * PDF, then what each signature appended.
 */
@ServiceTest
class DocumentBytesTest {

    @LocalServerPort
    int port;
    @Autowired
    OfficialDocumentRepository documents;
    @Autowired
    PdfRevisions pdfs;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignatureVerifier verifier;
    @PersistenceContext
    EntityManager entities;

    /** A briefing taken to published minutes, and the minutes as a participant downloads them. */
    private record Published(long briefingId, byte[] minutes) {
    }

    private Published published() {
        Committee committee = Committee.create(port);
        String base = new Scenario(port, committee).published();
        long briefingId = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        byte[] downloaded = Api.as(port, committee.participants().get(0)).get(base + "/minutes").expect(200).body();
        return new Published(briefingId, downloaded);
    }

    @Test
    void documentsAreLoadedWithoutTheirBytesWhichAreReadOnDemand() {
        Published published = published();
        long briefingId = published.briefingId();
        byte[] downloaded = published.minutes();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<OfficialDocument> loaded = documents.findByBriefingIdOrderByKindAsc(briefingId);
            assertThat(loaded).hasSize(2).allSatisfy(document -> assertThat(document.hasBytes()).isFalse());

            OfficialDocument minutes = loaded.stream().filter(d -> d.kind() == DocumentKind.MINUTES).findFirst()
                    .orElseThrow();
            byte[] read = pdfs.read(minutes);
            assertThat(read).isEqualTo(downloaded);
            assertThat(SignatureVerifier.sha256(read)).isEqualTo(minutes.sha256());
            assertThat(pdfs.read(minutes)).as("read once per loaded document").isSameAs(read);
        });
    }

    @Test
    void eachSignatureStoresOnlyWhatItAppended() {
        Published published = published();
        long briefingId = published.briefingId();
        byte[] downloaded = published.minutes();
        long minutesId = jdbc.queryForObject(
                "SELECT id FROM official_document WHERE briefing_id = ? AND kind = 'MINUTES'", Long.class, briefingId);

        List<byte[]> revisions = jdbc.queryForList(
                "SELECT appended FROM official_document_revision WHERE document_id = ? ORDER BY revision",
                byte[].class, minutesId);
        assertThat(jdbc.queryForList("SELECT revision FROM official_document_revision WHERE document_id = ?"
                + " ORDER BY revision", Integer.class, minutesId)).containsExactly(0, 1, 2);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        revisions.forEach(joined::writeBytes);
        assertThat(joined.toByteArray()).as("the revisions joined are the published minutes").isEqualTo(downloaded);

        byte[] rendered = revisions.get(0);
        byte[] recorderSigned = Arrays.copyOf(downloaded, rendered.length + revisions.get(1).length);
        assertThat(verifier.verify(rendered).signatures()).as("the rendered minutes").isEmpty();
        SignatureVerifier.Report first = verifier.verify(recorderSigned);
        assertThat(first.valid()).isTrue();
        assertThat(first.signatures()).as("the minutes as the recorder signed them").hasSize(1);
        assertThat(verifier.verify(downloaded).signatures()).hasSize(2);
    }

    @Test
    void bytesThisInstanceWroteAreReadBackOnlyForTheHashTheRowRecords() {
        Published published = published();
        long briefingId = published.briefingId();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long minutesId = jdbc.queryForObject(
                    "SELECT id FROM official_document WHERE briefing_id = ? AND kind = 'MINUTES'", Long.class,
                    briefingId);
            assertThat(jdbc.update("DELETE FROM official_document_revision WHERE document_id = ?", minutesId))
                    .isEqualTo(3);

            OfficialDocument minutes = documents.findByBriefingIdAndKind(briefingId, DocumentKind.MINUTES)
                    .orElseThrow();
            assertThat(pdfs.read(minutes)).as("the chair's signature left them held")
                    .isEqualTo(published.minutes());

            // As if another instance had signed the document since: its row records other bytes.
            jdbc.update("UPDATE official_document SET sha256 = ? WHERE id = ?", "0".repeat(64), minutesId);
            entities.clear();
            OfficialDocument changed = documents.findById(minutesId).orElseThrow();
            assertThat(changed.sha256()).startsWith("0000");
            assertThatThrownBy(() -> pdfs.read(changed)).as("read from the revisions, which are gone")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no stored PDF");
        });
    }
}
