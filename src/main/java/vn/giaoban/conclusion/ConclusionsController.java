package vn.giaoban.conclusion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
@RequestMapping("/api/briefings/{id}/conclusions")
class ConclusionsController {

    record DirectiveBody(@NotBlank @Size(max = 2_000) String content,
                         @NotBlank @Size(max = 300) String assigneeUnit,
                         LocalDate dueDate) {
    }

    record Draft(@NotNull @Size(max = 200_000) String content,
                 @Size(max = 500) List<@NotNull @Valid DirectiveBody> directives,
                 @PositiveOrZero Integer baseVersion) {
    }

    private final ConclusionsService service;

    ConclusionsController(ConclusionsService service) {
        this.service = service;
    }

    @PutMapping
    ConclusionsService.ConclusionsView save(@PathVariable long id, @Valid @RequestBody Draft draft, Actor actor) {
        List<ConclusionsService.DirectiveInput> directives = draft.directives() == null ? List.of()
                : draft.directives().stream()
                        .map(d -> new ConclusionsService.DirectiveInput(d.content(), d.assigneeUnit(), d.dueDate()))
                        .toList();
        return service.save(id, draft.content(), directives, draft.baseVersion(), actor);
    }

    @GetMapping
    ConclusionsService.ConclusionsView get(@PathVariable long id, Actor actor) {
        return service.get(id, actor);
    }

    @PostMapping("/submit")
    BriefingView submit(@PathVariable long id, Actor actor) {
        return service.submit(id, actor);
    }

    @PostMapping("/review")
    BriefingView review(@PathVariable long id, @Valid @RequestBody Review review, Actor actor) {
        return service.review(id, review, actor);
    }
}
