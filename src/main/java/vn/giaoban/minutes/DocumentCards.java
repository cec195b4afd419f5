package vn.giaoban.minutes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.security.Actor;

/** The briefing's documents as the web pages show them: number, state, signers, and whether they verify. */
@Service
public class DocumentCards {

    public record Card(String kind, String number, LocalDate issuedOn, String status, String downloadPath,
                       Boolean valid, List<String> signers) {
    }

    private final DocumentDownloads downloads;

    DocumentCards(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @Transactional(readOnly = true)
    public List<Card> of(long briefingId, Actor actor) {
        return downloads.list(briefingId, actor).stream().map(d -> {
            boolean published = "PUBLISHED".equals(d.status());
            Boolean valid = published ? downloads.verification(briefingId, d.kind(), actor).valid() : null;
            return new Card(d.kind().name(), d.number(), d.issuedOn(), d.status(),
                    published ? d.kind().path(briefingId) : null, valid,
                    d.signatures().stream().map(DocumentDownloads.SignatureView::signer).toList());
        }).toList();
    }
}
