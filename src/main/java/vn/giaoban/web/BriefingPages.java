package vn.giaoban.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giaoban.briefing.BriefingService;
import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.Decision;
import vn.giaoban.briefing.NewBriefing;
import vn.giaoban.briefing.Review;
import vn.giaoban.briefing.ReviewDecision;
import vn.giaoban.briefing.ReviewDecisionRepository;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.common.ProblemException;
import vn.giaoban.conclusion.ConclusionsService;
import vn.giaoban.discussion.ContributionKind;
import vn.giaoban.discussion.Discussion;
import vn.giaoban.minutes.DocumentCards;
import vn.giaoban.organization.OrganizationRepository;
import vn.giaoban.organization.Role;
import vn.giaoban.organization.UserAccount;
import vn.giaoban.organization.UserAccountRepository;
import vn.giaoban.report.ReportService;
import vn.giaoban.report.WordDiff;
import vn.giaoban.security.Actor;

/**
 * The briefing pages: scheduling, and one page per briefing that shows everything about it and offers each person
 * the actions their role allows at the current stage. Every action goes through the same services (and permission
 * checks) as the API.
 */
@Controller
class BriefingPages {

    private final BriefingService briefings;
    private final ReportService reports;
    private final Discussion discussion;
    private final ConclusionsService conclusions;
    private final DocumentCards documents;
    private final ReviewDecisionRepository decisions;
    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final Pages pages;
    private final ZoneId zone;

    BriefingPages(BriefingService briefings, ReportService reports, Discussion discussion,
                  ConclusionsService conclusions, DocumentCards documents, ReviewDecisionRepository decisions,
                  UserAccountRepository users, OrganizationRepository organizations, Pages pages,
                  GiaobanProperties properties) {
        this.briefings = briefings;
        this.reports = reports;
        this.discussion = discussion;
        this.conclusions = conclusions;
        this.documents = documents;
        this.decisions = decisions;
        this.users = users;
        this.organizations = organizations;
        this.pages = pages;
        this.zone = properties.zone();
    }

    @GetMapping("/briefings/new")
    String scheduleForm(Actor actor, Model model) {
        model.addAttribute("form", new ScheduleForm());
        return scheduleForm(actor, model, null);
    }

    @PostMapping("/briefings")
    String schedule(ScheduleForm form, Actor actor, Model model, RedirectAttributes flash) {
        try {
            LocalDateTime at = LocalDateTime.of(LocalDate.parse(form.getDate()),
                    java.time.LocalTime.parse(form.getTime()));
            BriefingView created = briefings.schedule(new NewBriefing(actor.organizationId(), form.getTitle(),
                    form.getQuarter(), at.atZone(zone).toOffsetDateTime(), form.getLocation(), form.getChair(),
                    form.getRecorder(), form.getParticipants()), actor);
            flash.addFlashAttribute("notice", pages.message("ui.scheduled"));
            return "redirect:/briefings/" + created.id();
        } catch (ProblemException refused) {
            model.addAttribute("form", form);
            return scheduleForm(actor, model, pages.explain(refused));
        } catch (RuntimeException unreadable) {
            model.addAttribute("form", form);
            return scheduleForm(actor, model, pages.message("ui.checkForm"));
        }
    }

    private String scheduleForm(Actor actor, Model model, String error) {
        List<UserAccount> everyone = users.findAllByOrderByFullNameAsc().stream().filter(UserAccount::isActive)
                .toList();
        model.addAttribute("actor", actor);
        model.addAttribute("organization", actor.organizationId() == null ? null
                : organizations.findById(actor.organizationId()).orElse(null));
        model.addAttribute("chairs", everyone.stream().filter(u -> u.hasRole(Role.SECRETARY)).toList());
        model.addAttribute("people", everyone.stream().filter(u -> !u.getRoles().equals(java.util.Set.of(Role.ADMIN)))
                .toList());
        model.addAttribute("error", error);
        return "briefing-new";
    }

    @GetMapping("/briefings/{id}")
    String briefing(@PathVariable long id, @RequestParam(required = false) Integer from,
                    @RequestParam(required = false) Integer to, Actor actor, Model model) {
        String view = page(id, actor, model, null, null);
        @SuppressWarnings("unchecked")
        List<ReportService.ReportView> versions = (List<ReportService.ReportView>) model.getAttribute("versions");
        if (from != null && to != null) {
            Optional<ReportService.ReportView> a = versions.stream().filter(v -> v.version() == from).findFirst();
            Optional<ReportService.ReportView> b = versions.stream().filter(v -> v.version() == to).findFirst();
            if (a.isPresent() && b.isPresent()) {
                model.addAttribute("compare", WordDiff.between(a.get().content(), b.get().content()));
                model.addAttribute("compareFrom", from);
                model.addAttribute("compareTo", to);
            }
        }
        return view;
    }

    private String page(long id, Actor actor, Model model, String reportDraft, String error) {
        BriefingView b = briefings.view(id, actor);
        boolean secretariat = b.organizationId() == actor.organizationId() && actor.has(Role.SECRETARIAT);
        boolean chair = b.chair().equals(actor.username());
        boolean participant = b.participants().contains(actor.username());
        List<ReportService.ReportView> versions = reports.versions(id, actor);
        Optional<ReportService.ReportView> report = versions.isEmpty() ? Optional.empty()
                : Optional.of(versions.get(versions.size() - 1));
        List<ReviewDecision> returns = decisions.findByBriefingIdAndSubjectOrderByDecidedAtAscIdAsc(id,
                ReviewDecision.Subject.REPORT).stream().filter(d -> d.getDecision() == Decision.REVISE).toList();
        model.addAttribute("actor", actor);
        model.addAttribute("b", b);
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("reportDraft", reportDraft != null ? reportDraft : report.map(r -> r.content()).orElse(""));
        model.addAttribute("reportBase", report.map(ReportService.ReportView::version).orElse(0));
        model.addAttribute("versions", versions);
        returnedVersion(returns, versions).ifPresent(returned -> {
            ReportService.ReportView latest = versions.get(versions.size() - 1);
            if (latest.version() > returned.version()) {
                model.addAttribute("sinceReturn", WordDiff.between(returned.content(), latest.content()));
                model.addAttribute("returnedVersion", returned.version());
                model.addAttribute("latestVersion", latest.version());
            }
        });
        model.addAttribute("returns", returns);
        model.addAttribute("conclusionReturns", decisions.findByBriefingIdAndSubjectOrderByDecidedAtAscIdAsc(id,
                ReviewDecision.Subject.CONCLUSIONS).stream().filter(d -> d.getDecision() == Decision.REVISE).toList());
        model.addAttribute("contributions", discussion.list(id, actor));
        model.addAttribute("conclusions", optional(() -> conclusions.get(id, actor)).orElse(null));
        model.addAttribute("documents", documents.of(id, actor));
        model.addAttribute("kinds", ContributionKind.values());
        Stage stage = b.stage();
        model.addAttribute("canEditReport", secretariat && stage == Stage.REPORT_DRAFTING);
        model.addAttribute("canReviewReport", chair && stage == Stage.REPORT_REVIEW);
        model.addAttribute("canContribute", (secretariat || participant) && stage == Stage.DISCUSSION);
        model.addAttribute("speakForOthers", secretariat);
        model.addAttribute("canCorrect", stage == Stage.DISCUSSION);
        model.addAttribute("canCloseDiscussion", secretariat && stage == Stage.DISCUSSION);
        model.addAttribute("canEditConclusions", secretariat && stage == Stage.CONCLUSIONS_DRAFTING);
        model.addAttribute("canReviewConclusions", chair && stage == Stage.CONCLUSIONS_REVIEW);
        model.addAttribute("canCancel", secretariat && stage.isCancellable());
        model.addAttribute("error", error);
        return "briefing";
    }

    @PostMapping("/briefings/{id}/report")
    String saveReport(@PathVariable long id, @RequestParam String content, @RequestParam int baseVersion, Actor actor,
                      Model model, RedirectAttributes flash) {
        try {
            reports.save(id, content, baseVersion, actor);
            flash.addFlashAttribute("notice", pages.message("ui.saved"));
            return "redirect:/briefings/" + id + "#bao-cao";
        } catch (ProblemException refused) {
            // Never lose what was typed: show it again with the reason (e.g. someone saved a newer version).
            return page(id, actor, model, content, pages.explain(refused));
        }
    }

    @PostMapping("/briefings/{id}/report/submit")
    String submitReport(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id, flash, "ui.submitted", () -> reports.submit(id, actor));
    }

    @PostMapping("/briefings/{id}/report/review")
    String reviewReport(@PathVariable long id, @RequestParam Decision decision,
                        @RequestParam(required = false) String comment, Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id, flash, "ui.decided",
                () -> reports.review(id, new Review(decision, comment), actor));
    }

    @PostMapping("/briefings/{id}/contributions")
    String contribute(@PathVariable long id, @RequestParam(required = false) String speaker,
                      @RequestParam ContributionKind kind, @RequestParam String content, Actor actor,
                      RedirectAttributes flash) {
        return pages.act("/briefings/" + id + "#thao-luan", flash, "ui.recorded", () -> {
            if (content.isBlank() || content.length() > 10_000) {
                throw ProblemException.invalidField("content", "field.size");
            }
            discussion.record(id, speaker == null || speaker.isBlank() ? null : speaker, kind, content, actor);
        });
    }

    @PostMapping("/briefings/{id}/contributions/{contributionId}")
    String correct(@PathVariable long id, @PathVariable long contributionId, @RequestParam ContributionKind kind,
                   @RequestParam String content, Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id + "#thao-luan", flash, "ui.saved",
                () -> discussion.revise(id, contributionId, kind, content, actor));
    }

    @PostMapping("/briefings/{id}/discussion/close")
    String closeDiscussion(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id, flash, "ui.submitted", () -> discussion.close(id, actor));
    }

    @PostMapping("/briefings/{id}/conclusions")
    String saveConclusions(@PathVariable long id, @RequestParam String content,
                           @RequestParam(name = "task", required = false) List<String> tasks,
                           @RequestParam(name = "unit", required = false) List<String> units,
                           @RequestParam(name = "due", required = false) List<String> dues,
                           Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id + "#ket-luan", flash, "ui.saved", () -> {
            List<ConclusionsService.DirectiveInput> directives = new ArrayList<>();
            for (int i = 0; tasks != null && i < tasks.size(); i++) {
                String task = tasks.get(i);
                String unit = units == null || units.size() <= i ? "" : units.get(i);
                String due = dues == null || dues.size() <= i ? "" : dues.get(i);
                if (task.isBlank() && unit.isBlank()) {
                    continue;
                }
                LocalDate dueDate;
                try {
                    dueDate = due.isBlank() ? null : LocalDate.parse(due);
                } catch (java.time.format.DateTimeParseException impossible) {
                    throw ProblemException.invalidField("directives[" + i + "].dueDate", "field.invalidValue");
                }
                directives.add(new ConclusionsService.DirectiveInput(task, unit, dueDate));
            }
            conclusions.save(id, content, directives, null, actor);
        });
    }

    @PostMapping("/briefings/{id}/conclusions/submit")
    String submitConclusions(@PathVariable long id, Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id, flash, "ui.submitted", () -> conclusions.submit(id, actor));
    }

    @PostMapping("/briefings/{id}/conclusions/review")
    String reviewConclusions(@PathVariable long id, @RequestParam Decision decision,
                             @RequestParam(required = false) String comment, Actor actor, RedirectAttributes flash) {
        return pages.act("/briefings/" + id, flash, "ui.decided",
                () -> conclusions.review(id, new Review(decision, comment), actor));
    }

    @PostMapping("/briefings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
                  RedirectAttributes flash) {
        return pages.act("/briefings/" + id, flash, "ui.cancelled", () -> briefings.cancel(id,
                reason == null || reason.isBlank() ? null : vn.giaoban.common.Texts.line("reason", reason), actor));
    }

    /** The version the chair had in front of them when they last returned the report. */
    private static Optional<ReportService.ReportView> returnedVersion(List<ReviewDecision> returns,
                                                                    List<ReportService.ReportView> versions) {
        if (returns.isEmpty()) {
            return Optional.empty();
        }
        java.time.Instant at = returns.get(returns.size() - 1).getDecidedAt();
        return versions.stream().filter(v -> !v.savedAt().isAfter(at)).reduce((first, second) -> second);
    }

    private static <T> Optional<T> optional(java.util.function.Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (ProblemException notThereYet) {
            if (notThereYet.status().value() == 404) {
                return Optional.empty();
            }
            throw notThereYet;
        }
    }

    /** The scheduling form as posted. */
    public static class ScheduleForm {
        private String title = "";
        private String quarter = "";
        private String date = "";
        private String time = "07:30";
        private String location = "";
        private String chair = "";
        private String recorder = "";
        private List<String> participants = new ArrayList<>();

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getQuarter() { return quarter; }
        public void setQuarter(String quarter) { this.quarter = quarter; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
        public String getLocation() { return location; }
        public void setLocation(String location) { this.location = location; }
        public String getChair() { return chair; }
        public void setChair(String chair) { this.chair = chair; }
        public String getRecorder() { return recorder; }
        public void setRecorder(String recorder) { this.recorder = recorder; }
        public List<String> getParticipants() { return participants; }
        public void setParticipants(List<String> participants) {
            this.participants = participants == null ? new ArrayList<>() : participants;
        }
    }
}
