package vn.giaoban.discussion;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.briefing.BriefingView;
import vn.giaoban.security.Actor;

@RestController
class DiscussionController {

    /** {@code speaker} may be left out by a participant speaking for themself. */
    record NewContribution(@Size(max = 50) String speaker, @NotNull ContributionKind kind,
                           @NotBlank @Size(max = 10_000) String content) {
    }

    private final Discussion discussion;

    DiscussionController(Discussion discussion) {
        this.discussion = discussion;
    }

    @PostMapping("/api/briefings/{id}/contributions")
    ResponseEntity<Discussion.ContributionView> record(@PathVariable long id,
                                                       @Valid @RequestBody NewContribution body, Actor actor) {
        Discussion.ContributionView saved = discussion.record(id, body.speaker(), body.kind(), body.content(), actor);
        return ResponseEntity.created(URI.create("/api/briefings/" + id + "/contributions/" + saved.id()))
                .body(saved);
    }

    /** Body of {@code PUT …/contributions/{contributionId}}. */
    record Correction(@NotNull ContributionKind kind, @NotBlank @Size(max = 10_000) String content) {
    }

    @PutMapping("/api/briefings/{id}/contributions/{contributionId}")
    Discussion.ContributionView revise(@PathVariable long id, @PathVariable long contributionId,
                                      @Valid @RequestBody Correction body, Actor actor) {
        return discussion.revise(id, contributionId, body.kind(), body.content(), actor);
    }

    @GetMapping("/api/briefings/{id}/contributions")
    List<Discussion.ContributionView> list(@PathVariable long id, Actor actor) {
        return discussion.list(id, actor);
    }

    @PostMapping("/api/briefings/{id}/discussion/close")
    BriefingView close(@PathVariable long id, Actor actor) {
        return discussion.close(id, actor);
    }
}
