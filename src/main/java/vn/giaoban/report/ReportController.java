package vn.giaoban.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.Review;
import vn.giaoban.security.Actor;

@RestController
@RequestMapping("/api/briefings/{id}/report")
class ReportController {

    /** {@code baseVersion}: the version the edit started from; a newer saved version makes the save fail (409). */
    record Draft(@NotNull @Size(max = 200_000) String content, @PositiveOrZero Integer baseVersion) {
    }

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @PutMapping
    ReportService.ReportView save(@PathVariable long id, @Valid @RequestBody Draft draft, Actor actor) {
        return reports.save(id, draft.content(), draft.baseVersion(), actor);
    }

    @GetMapping
    ReportService.ReportView latest(@PathVariable long id, Actor actor) {
        return reports.latest(id, actor);
    }

    @GetMapping("/versions")
    List<ReportService.ReportView> versions(@PathVariable long id, Actor actor) {
        return reports.versions(id, actor);
    }

    @PostMapping("/submit")
    BriefingView submit(@PathVariable long id, Actor actor) {
        return reports.submit(id, actor);
    }

    @PostMapping("/review")
    BriefingView review(@PathVariable long id, @Valid @RequestBody Review review, Actor actor) {
        return reports.review(id, review, actor);
    }
}
