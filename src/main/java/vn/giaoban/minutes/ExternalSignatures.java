package vn.giaoban.minutes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;
import vn.giaoban.organization.People;
import vn.giaoban.security.Actor;

/**
 * The chair signs outside the service (a USB token in their own tool): they download a document, sign it, and upload
 * it. The upload is accepted only if every byte they downloaded is still there unchanged (an incremental update),
 * it carries exactly one more signature, every signature is valid with the last covering the whole file, and the new
 * signature's certificate names the chair.
 */
@Service
class ExternalSignatures {

    private final BriefingAccess access;
    private final DocumentIssuing issuing;
    private final PdfRevisions pdfs;
    private final SignatureVerifier verifier;
    private final People people;
    private final Clock clock;
    private final ZoneId zone;

    ExternalSignatures(BriefingAccess access, DocumentIssuing issuing, PdfRevisions pdfs, SignatureVerifier verifier,
                       People people, Clock clock, GiaobanProperties properties) {
        this.access = access;
        this.issuing = issuing;
        this.pdfs = pdfs;
        this.verifier = verifier;
        this.people = people;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** The document as it stands, for the chair to sign. */
    @Transactional(readOnly = true)
    byte[] forSigning(long briefingId, DocumentKind kind, Actor actor) {
        Briefing briefing = access.visible(briefingId, actor);
        if (!briefing.isChair(actor)) {
            throw ProblemException.forbidden("briefing.chairOnly");
        }
        briefing.requireStage(Stage.AWAITING_CHAIR_SIGNATURE);
        return pdfs.read(issuing.document(briefingId, kind));
    }

    @Transactional
    void accept(long briefingId, DocumentKind kind, byte[] upload, Actor actor) {
        Briefing briefing = access.lockedForChair(briefingId, actor);
        briefing.requireStage(Stage.AWAITING_CHAIR_SIGNATURE);
        OfficialDocument document = issuing.document(briefingId, kind);
        if (document.isSignedBy(SignerRole.CHAIR)) {
            throw ProblemException.conflict("document.notAwaitingSignature");
        }
        byte[] before = pdfs.read(document);
        if (upload.length <= before.length || !Arrays.equals(upload, 0, before.length, before, 0, before.length)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "signature.prefixChanged");
        }
        SignatureVerifier.Report report = verifier.verify(upload);
        if (report.signatures().size() != document.signatures().size() + 1) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "signature.notOneMore");
        }
        if (!report.valid()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "signature.invalid");
        }
        SignatureVerifier.SignatureReport added = report.signatures().get(report.signatures().size() - 1);
        String chairName = people.personCard(briefing.getChairId()).fullName();
        if (added.signer() == null || !Texts.nameKey(added.signer()).equals(Texts.nameKey(chairName))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "signature.notChair", chairName);
        }
        OffsetDateTime signedAt = added.signedAt() != null ? added.signedAt()
                : clock.instant().atZone(zone).toOffsetDateTime();
        issuing.acceptChairSignature(briefing, kind, upload, signedAt);
    }
}
