package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.Scenario;
import vn.giaoban.support.ServiceTest;

/**
 * A document's bytes stay in the database until something needs them: loading a briefing's documents (for the list,
 * or to publish them) reads their numbers, signatures and state only. Read on demand, they are the bytes every
 * participant downloads, with the hash recorded at publication.
 */
@ServiceTest
class DocumentBytesTest {

    @LocalServerPort
    int port;
    @Autowired
    OfficialDocumentRepository documents;
    @Autowired
    PdfColumn pdfs;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void documentsAreLoadedWithoutTheirBytesWhichAreReadOnDemand() {
        Committee committee = Committee.create(port);
        String base = new Scenario(port, committee).published();
        long briefingId = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        byte[] downloaded = Api.as(port, committee.participants().get(0)).get(base + "/minutes").expect(200).body();

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
}
