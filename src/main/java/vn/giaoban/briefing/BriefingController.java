package vn.giaoban.briefing;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.common.Texts;
import vn.giaoban.security.Actor;

@RestController
@RequestMapping("/api/briefings")
class BriefingController {

    private final BriefingService service;

    BriefingController(BriefingService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<BriefingView> schedule(@Valid @RequestBody NewBriefing body, Actor actor) {
        BriefingView created = service.schedule(body, actor);
        return ResponseEntity.created(URI.create("/api/briefings/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    BriefingView get(@PathVariable long id, Actor actor) {
        return service.view(id, actor);
    }

    @GetMapping
    List<BriefingView> list(@RequestParam(required = false) Stage stage,
                            @RequestParam(required = false) @Pattern(regexp = "\\d{4}-Q[1-4]") String quarter,
                            Actor actor) {
        return service.list(actor, stage, quarter);
    }

    record Cancellation(@Size(max = 1000) String reason) {
    }

    /** Calls the briefing off (secretariat, while it waits for people). */
    @PostMapping("/{id}/cancel")
    BriefingView cancel(@PathVariable long id, @Valid @RequestBody(required = false) Cancellation body, Actor actor) {
        String reason = body == null || body.reason() == null ? null : Texts.line("reason", body.reason());
        return service.cancel(id, reason, actor);
    }
}
