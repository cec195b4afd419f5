package vn.giaoban.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.conclusion.ConclusionsService;
import vn.giaoban.discussion.ContributionKind;
import vn.giaoban.discussion.Discussion;
import vn.giaoban.organization.Organization;
import vn.giaoban.organization.People;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.organization.UnitCard;
import vn.giaoban.report.Reports;

/**
 * The service's own steps after the chair approves the conclusions, one per process service task: render and number
 * the minutes, the recorder's signature, render and number the conclusion notice, the chair's signatures (unless the
 * chair signs outside the service), publication. Each step is idempotent, so a retried job never numbers, signs or
 * publishes twice.
 */
@Service
@Transactional
public class DocumentIssuing {

    private static final Map<ContributionKind, String> KIND_LABELS = Map.of(
            ContributionKind.DIFFICULTY, "khó khăn, vướng mắc",
            ContributionKind.PROPOSAL, "đề xuất",
            ContributionKind.OPINION, "ý kiến");

    private final AuditTrail audit;
    private final OfficialDocumentRepository documents;
    private final PdfRevisions pdfs;
    private final DocumentNumbers numbers;
    private final MinutesRenderer minutesRenderer;
    private final ConclusionNoticeRenderer noticeRenderer;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final SigningImageRepository images;
    private final BriefingAccess briefings;
    private final People people;
    private final Reports reports;
    private final Discussion discussion;
    private final ConclusionsService conclusions;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    DocumentIssuing(AuditTrail audit, OfficialDocumentRepository documents, PdfRevisions pdfs, DocumentNumbers numbers,
                    MinutesRenderer minutesRenderer,
                    ConclusionNoticeRenderer noticeRenderer, PdfSigner signer, SigningKeys keys,
                    SigningImageRepository images, BriefingAccess briefings, People people, Reports reports,
                    Discussion discussion, ConclusionsService conclusions, ObjectMapper json,
                    ApplicationEventPublisher events, Clock clock, GiaobanProperties properties) {
        this.audit = audit;
        this.documents = documents;
        this.pdfs = pdfs;
        this.numbers = numbers;
        this.minutesRenderer = minutesRenderer;
        this.noticeRenderer = noticeRenderer;
        this.signer = signer;
        this.keys = keys;
        this.images = images;
        this.briefings = briefings;
        this.people = people;
        this.reports = reports;
        this.discussion = discussion;
        this.conclusions = conclusions;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** Task_RenderMinutes: dated the meeting's day, numbered {@code Số NN-BB/<code>}. */
    public void renderMinutes(long briefingId) {
        if (documents.findByBriefingIdAndKind(briefingId, DocumentKind.MINUTES).isPresent()) {
            return;
        }
        BriefingFacts facts = facts(briefingsLocked(briefingId));
        LocalDate date = facts.briefing().getScheduledAt().toLocalDate();
        Number number = number(facts, DocumentKind.MINUTES, date);
        Briefing b = facts.briefing();
        OffsetDateTime startsAt = b.getScheduledAt();
        OffsetDateTime endsAt = b.getDiscussionClosedAt() == null ? null
                : b.getDiscussionClosedAt().atOffset(startsAt.getOffset());
        if (endsAt != null && endsAt.isBefore(startsAt)) {
            endsAt = null;
        }
        MinutesContent content = new MinutesContent(heading(facts, number.label(), date, "BIÊN BẢN",
                lowerFirst(b.getTitle())), startsAt, endsAt, b.getLocation(), facts.person(b.getChairId()),
                facts.person(b.getRecorderId()), b.getParticipantIds().stream().map(facts::person).toList(),
                facts.report(), facts.speeches(), facts.conclusions().content(), facts.directives());
        RenderedDocument rendered = minutesRenderer.render(content,
                metadata(facts, DocumentKind.MINUTES, "Biên bản " + lowerFirst(b.getTitle()), number, date));
        issue(new OfficialDocument(briefingId, DocumentKind.MINUTES, number.value(), number.label(), date, rendered,
                clock.instant()));
        audit.record("DOCUMENT_RENDERED", briefingId, null, null, "MINUTES " + number.label());
    }

    /** Task_SignMinutesAsRecorder. */
    public void signMinutesAsRecorder(long briefingId) {
        Briefing briefing = briefingsLocked(briefingId);
        sign(briefing, List.of(document(briefingId, DocumentKind.MINUTES)), SignerRole.RECORDER,
                briefing.getRecorderId());
    }

    /** Task_RenderConclusionNotice: dated the day it is issued, numbered {@code Số NN-TB/<code>}. */
    public void renderConclusionNotice(long briefingId) {
        if (documents.findByBriefingIdAndKind(briefingId, DocumentKind.CONCLUSION_NOTICE).isPresent()) {
            return;
        }
        BriefingFacts facts = facts(briefingsLocked(briefingId));
        Briefing b = facts.briefing();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Number number = number(facts, DocumentKind.CONCLUSION_NOTICE, today);
        PersonCard chair = facts.user(b.getChairId());
        String subject = "kết luận của đồng chí " + chair.fullName()
                + (chair.position() == null ? "" : ", " + chair.position())
                + " tại " + lowerFirst(b.getTitle());
        Set<String> recipients = new LinkedHashSet<>();
        for (Long id : b.getParticipantIds()) {
            MinutesContent.Person p = facts.person(id);
            recipients.add(p.unit() == null ? "Đồng chí " + p.fullName() : p.unit());
        }
        NoticeContent content = new NoticeContent(heading(facts, number.label(), today, "THÔNG BÁO", subject),
                b.getScheduledAt(), b.getLocation(), b.getTitle(), facts.person(b.getChairId()),
                b.getParticipantIds().stream().map(facts::person).toList(), facts.conclusions().content(),
                facts.directives(), new ArrayList<>(recipients), "Lưu Văn phòng");
        RenderedDocument rendered = noticeRenderer.render(content,
                metadata(facts, DocumentKind.CONCLUSION_NOTICE, "Thông báo " + subject, number, today));
        issue(new OfficialDocument(briefingId, DocumentKind.CONCLUSION_NOTICE, number.value(), number.label(), today,
                rendered, clock.instant()));
        audit.record("DOCUMENT_RENDERED", briefingId, null, null, "CONCLUSION_NOTICE " + number.label());
    }

    /** Task_SignDocumentsAsChair: the chair's signature on the minutes (over the recorder's) and on the notice. */
    public void signAsChair(long briefingId) {
        Briefing briefing = briefingsLocked(briefingId);
        sign(briefing, documents(briefingId), SignerRole.CHAIR, briefing.getChairId());
    }

    /** Task_PublishDocuments: both documents become downloadable, their bytes frozen. */
    public void publish(long briefingId) {
        briefingsLocked(briefingId);
        Instant now = clock.instant();
        for (OfficialDocument document : documents(briefingId)) {
            if (!document.isPublished()) {
                document.publish(now);
                audit.record("DOCUMENT_PUBLISHED", briefingId, null, null,
                        document.kind() + " sha256 " + document.sha256());
            }
        }
    }

    /** The gateway's question: does this organisation's chair sign outside the service? */
    @Transactional(readOnly = true)
    public boolean chairSignsOutside(long briefingId) {
        Briefing briefing = briefingsLocked(briefingId);
        return people.organization(briefing.getOrganizationId()).map(Organization::isChairSignsExternally)
                .orElse(false);
    }

    /**
     * Records the chair's externally made signature (already checked by {@link ExternalSignatures}); once every
     * document carries it, the process moves on to publication.
     */
    void acceptChairSignature(Briefing briefing, DocumentKind kind, byte[] signedPdf, OffsetDateTime signedAt) {
        OfficialDocument document = document(briefing.getId(), kind);
        PersonCard chair = people.personCard(briefing.getChairId());
        addSignature(document, SignerRole.CHAIR, chair.id(), chair.fullName(), signedAt.toInstant(),
                signedPdf, true);
        audit.record("DOCUMENT_SIGNED", briefing.getId(), null, null, kind + " CHAIR (outside the service)");
        documents.saveAndFlush(document);
        boolean all = documents(briefing.getId()).stream().allMatch(d -> d.isSignedBy(SignerRole.CHAIR));
        if (all) {
            events.publishEvent(new ChairSignedDocuments(briefing.getId()));
        }
    }

    /**
     * One signer's signature on each document that lacks it, at one time: who signs, and their handwritten signature
     * and seal, are looked up once for all of them.
     */
    private void sign(Briefing briefing, List<OfficialDocument> documents, SignerRole role, long userId) {
        List<OfficialDocument> unsigned = documents.stream().filter(d -> !d.isSignedBy(role)).toList();
        if (unsigned.isEmpty()) {
            return;
        }
        PersonCard user = people.personCard(userId);
        UnitCard unit = people.unitOf(user).orElse(null);
        Organization issuer = people.organization(briefing.getOrganizationId()).orElseThrow();
        OffsetDateTime time = clock.instant().atZone(zone).toOffsetDateTime().withNano(0);
        String capacity = role == SignerRole.RECORDER ? "Người ghi biên bản" : "Chủ trì hội nghị";
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + user.fullName());
        if (user.position() != null) {
            lines.add("Chức vụ: " + user.position());
        }
        lines.add("Cơ quan: " + (unit == null ? issuer.getName() : unit.name()));
        lines.add("Thời gian ký: " + time);
        boolean visible = unsigned.stream().anyMatch(d -> d.box(role).isPresent());
        byte[] handwritten = visible ? image(SigningImage.Kind.USER_SIGNATURE, user.id()) : null;
        byte[] seal = visible && role == SignerRole.CHAIR
                ? image(SigningImage.Kind.ORGANIZATION_SEAL, issuer.getId()) : null;
        SigningKey key = keys.forSigner(user, unit);
        for (OfficialDocument document : unsigned) {
            PdfSigner.Appearance appearance = document.box(role)
                    .map(box -> new PdfSigner.Appearance(box, lines, handwritten, seal)).orElse(null);
            byte[] signed = signer.sign(pdfs.read(document), key, new PdfSigner.Signer(user.fullName(),
                    capacity + " ký " + document.numberLabel(), issuer.getPlace(), time), appearance);
            addSignature(document, role, userId, user.fullName(), time.toInstant(), signed, false);
            audit.record("DOCUMENT_SIGNED", briefing.getId(), null, null, document.kind() + " " + role);
        }
    }

    /** Hibernate inserts the row, {@link PdfRevisions} its bytes. */
    private void issue(OfficialDocument document) {
        documents.saveAndFlush(document);
        pdfs.write(document);
    }

    private void addSignature(OfficialDocument document, SignerRole role, long signerId, String signerName,
                              Instant at, byte[] signedPdf, boolean external) {
        pdfs.read(document); // the document checks that the signed bytes extend its current ones
        document.addSignature(role, signerId, signerName, at, signedPdf, external);
        pdfs.write(document);
    }

    private byte[] image(SigningImage.Kind kind, long owner) {
        return images.findByKindAndOwnerId(kind, owner).map(SigningImage::png).orElse(null);
    }

    OfficialDocument document(long briefingId, DocumentKind kind) {
        return documents.findByBriefingIdAndKind(briefingId, kind).orElseThrow(() -> notRendered(briefingId, kind));
    }

    /** Both documents, minutes first: one query, where asking for each kind took two (with its signatures) each. */
    private List<OfficialDocument> documents(long briefingId) {
        Map<DocumentKind, OfficialDocument> byKind = new EnumMap<>(DocumentKind.class);
        documents.findByBriefingIdOrderByKindAsc(briefingId).forEach(d -> byKind.put(d.kind(), d));
        return Stream.of(DocumentKind.values()).map(kind -> {
            OfficialDocument document = byKind.get(kind);
            if (document == null) {
                throw notRendered(briefingId, kind);
            }
            return document;
        }).toList();
    }

    private static IllegalStateException notRendered(long briefingId, DocumentKind kind) {
        return new IllegalStateException(kind + " of briefing " + briefingId + " not rendered");
    }

    private Briefing briefingsLocked(long briefingId) {
        return briefings.lockedForService(briefingId);
    }

    private record Number(int value, String label) {
    }

    private Number number(BriefingFacts facts, DocumentKind kind, LocalDate date) {
        int value = numbers.next(facts.organization().getId(), kind, date);
        return new Number(value, String.format("Số %02d-%s/%s", value, kind.code(), facts.organization().getCode()));
    }

    private static DocumentHeading heading(BriefingFacts facts, String number, LocalDate date, String type,
                                           String subject) {
        Organization o = facts.organization();
        return new DocumentHeading(o.getParentName(), o.getName(), number, o.getPlace(), date, type, subject);
    }

    private DocumentMetadata metadata(BriefingFacts facts, DocumentKind kind, String title, Number number,
                                      LocalDate issuedOn) {
        Briefing b = facts.briefing();
        Map<String, Object> decisions = new LinkedHashMap<>();
        decisions.put("document", Map.of("kind", kind.name(), "number", number.label(), "issuedOn",
                issuedOn.toString()));
        decisions.put("briefing", Map.of("id", b.getId(), "title", b.getTitle(), "quarter", b.getQuarter(),
                "scheduledAt", b.getScheduledAt().toString(), "organization", facts.organization().getName()));
        decisions.put("chair", facts.user(b.getChairId()).fullName());
        decisions.put("conclusions", facts.conclusions().content());
        decisions.put("directives", facts.conclusions().directives());
        byte[] attachment;
        try {
            attachment = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(decisions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new DocumentMetadata(title, facts.organization().getName(), number.label() + " — " + b.getTitle(),
                GregorianCalendar.from(clock.instant().atZone(zone)),
                new DocumentMetadata.Attachment("ket-luan.json", "Kết luận và các nhiệm vụ được giao (JSON)",
                        "application/json", attachment));
    }

    private BriefingFacts facts(Briefing briefing) {
        Map<Long, PersonCard> users = people.personCards(briefing.memberIds());
        Organization organization = people.organization(briefing.getOrganizationId()).orElseThrow();
        Map<Long, UnitCard> units = people.unitsOf(users.values());
        List<MinutesContent.Speech> speeches = discussion.contributionsOf(briefing.getId()).stream()
                .map(c -> new MinutesContent.Speech(
                        new MinutesContent.Person(c.speakerName(), c.speakerPosition(), c.speakerUnit()),
                        KIND_LABELS.get(c.kind()), c.content()))
                .toList();
        return new BriefingFacts(briefing, organization, users, units,
                reports.latest(briefing.getId()).orElseThrow().getContent(), speeches,
                conclusions.of(briefing.getId()).orElseThrow());
    }

    private static String lowerFirst(String title) {
        if (title.isEmpty()) {
            return title;
        }
        int first = title.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(title.substring(Character.charCount(first))).toString();
    }
}
