package vn.giaoban.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.conclusion.ConclusionsService;
import vn.giaoban.discussion.ContributionKind;
import vn.giaoban.discussion.Discussion;
import vn.giaoban.organization.Organization;
import vn.giaoban.organization.People;
import vn.giaoban.organization.UserAccount;
import vn.giaoban.report.ReportVersion;
import vn.giaoban.report.Reports;

/**
 * The service's own steps after the chair approves the conclusions, one per process service task. Each step is
 * idempotent, so a retried job never numbers, signs or publishes twice.
 */
@Service
@Transactional
public class MinutesProduction {

    static final String MINUTES_TYPE = "BB";

    private static final Map<ContributionKind, String> KIND_LABELS = Map.of(
            ContributionKind.DIFFICULTY, "khó khăn, vướng mắc",
            ContributionKind.PROPOSAL, "đề xuất",
            ContributionKind.OPINION, "ý kiến");

    private final MinutesDocumentRepository documents;
    private final DocumentNumbers numbers;
    private final MinutesRenderer renderer;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final BriefingAccess briefings;
    private final People people;
    private final Reports reports;
    private final Discussion discussion;
    private final ConclusionsService conclusions;
    private final Clock clock;
    private final ZoneId zone;

    MinutesProduction(MinutesDocumentRepository documents, DocumentNumbers numbers, MinutesRenderer renderer,
                      PdfSigner signer, SigningKeys keys, BriefingAccess briefings, People people, Reports reports,
                      Discussion discussion, ConclusionsService conclusions, Clock clock,
                      GiaobanProperties properties) {
        this.documents = documents;
        this.numbers = numbers;
        this.renderer = renderer;
        this.signer = signer;
        this.keys = keys;
        this.briefings = briefings;
        this.people = people;
        this.reports = reports;
        this.discussion = discussion;
        this.conclusions = conclusions;
        this.clock = clock;
        this.zone = properties.zone();
    }

    public void render(long briefingId) {
        if (documents.existsById(briefingId)) {
            return;
        }
        Briefing briefing = briefings.lockedForService(briefingId);
        Organization organization = people.organization(briefing.getOrganizationId()).orElseThrow();
        int number = numbers.next(organization.getId(), MINUTES_TYPE, briefing.getScheduledAt().getYear());
        String label = String.format("Số %02d-%s/%s", number, MINUTES_TYPE, organization.getCode());
        byte[] pdf = renderer.render(content(briefing, organization, label));
        documents.save(new MinutesDocument(briefingId, number, label, pdf, clock.instant()));
    }

    public void signAsRecorder(long briefingId) {
        Briefing briefing = briefings.lockedForService(briefingId);
        sign(briefing, MinutesDocument.SignerRole.RECORDER, briefing.getRecorderId(), "Người ghi biên bản");
    }

    public void signAsChair(long briefingId) {
        Briefing briefing = briefings.lockedForService(briefingId);
        sign(briefing, MinutesDocument.SignerRole.CHAIR, briefing.getChairId(), "Chủ trì hội nghị");
    }

    public void publish(long briefingId) {
        briefings.lockedForService(briefingId);
        document(briefingId).publish(clock.instant());
    }

    private void sign(Briefing briefing, MinutesDocument.SignerRole role, long userId, String capacity) {
        MinutesDocument document = document(briefing.getId());
        if (document.isSignedBy(role)) {
            return;
        }
        UserAccount user = people.user(userId);
        Organization organization = user.getOrganizationId() == null ? null
                : people.organization(user.getOrganizationId()).orElse(null);
        Organization issuer = people.organization(briefing.getOrganizationId()).orElseThrow();
        Instant now = clock.instant();
        OffsetDateTime time = now.atZone(zone).toOffsetDateTime().withNano(0);
        String reason = capacity + " ký biên bản " + document.numberLabel();
        byte[] signed = signer.sign(document.pdf(), keys.forSigner(user, organization),
                new PdfSigner.Signer(user.getFullName(), reason, issuer.getPlace(), time));
        document.addSignature(role, userId, user.getFullName(), time.toInstant(), signed);
    }

    private MinutesDocument document(long briefingId) {
        return documents.findById(briefingId)
                .orElseThrow(() -> new IllegalStateException("Minutes of briefing " + briefingId + " not rendered"));
    }

    private MinutesContent content(Briefing briefing, Organization organization, String label) {
        Map<Long, UserAccount> users = people.usersById(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(briefing.getChairId(),
                        briefing.getRecorderId()), briefing.getParticipantIds().stream()).toList());
        Map<Long, Organization> units = people.organizationsById(users.values().stream()
                .map(UserAccount::getOrganizationId).filter(Objects::nonNull).toList());
        ReportVersion report = reports.latest(briefing.getId()).orElseThrow();
        ConclusionsService.ConclusionsView approved = conclusions.of(briefing.getId()).orElseThrow();
        List<MinutesContent.Speech> speeches = discussion.contributionsOf(briefing.getId()).stream()
                .map(c -> new MinutesContent.Speech(
                        new MinutesContent.Person(c.speakerName(), c.speakerPosition(), c.speakerUnit()),
                        KIND_LABELS.get(c.kind()), c.content()))
                .toList();
        List<MinutesContent.Task> tasks = approved.directives().stream()
                .map(d -> new MinutesContent.Task(d.content(), d.assigneeUnit(), d.dueDate())).toList();
        OffsetDateTime startsAt = briefing.getScheduledAt();
        OffsetDateTime endsAt = briefing.getDiscussionClosedAt() == null ? null
                : briefing.getDiscussionClosedAt().atOffset(startsAt.getOffset());
        if (endsAt != null && endsAt.isBefore(startsAt)) {
            endsAt = null;
        }
        return new MinutesContent(organization.getParentName(), organization.getName(), label,
                organization.getPlace(), subject(briefing.getTitle()), startsAt, endsAt, briefing.getLocation(),
                person(users.get(briefing.getChairId()), units), person(users.get(briefing.getRecorderId()), units),
                briefing.getParticipantIds().stream().map(id -> person(users.get(id), units)).toList(),
                report.getContent(), speeches, approved.content(), tasks);
    }

    private static MinutesContent.Person person(UserAccount user, Map<Long, Organization> units) {
        Organization unit = user.getOrganizationId() == null ? null : units.get(user.getOrganizationId());
        return new MinutesContent.Person(user.getFullName(), user.getPosition(), unit == null ? null : unit.getName());
    }

    /** The subject line under BIÊN BẢN: the title as typed, starting in lower case ("hội nghị giao ban …"). */
    private static String subject(String title) {
        if (title.isEmpty()) {
            return title;
        }
        int first = title.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(title.substring(Character.charCount(first))).toString();
    }
}
