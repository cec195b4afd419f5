package vn.giaoban.briefing;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import vn.giaoban.common.Texts;
import vn.giaoban.security.Actor;

@RestController
@RequestMapping("/api/briefings")
class BriefingController {

    /** The longest wait granted: below the idle timeouts of common proxies (nginx's is 60 s). */
    static final int MAX_WAIT_SECONDS = 30;
    private static final java.util.regex.Pattern WAIT = java.util.regex.Pattern.compile(
            "(?i)(?:^|[,;\\s])wait\\s*=\\s*\"?(\\d{1,9})\"?");

    private final BriefingService service;
    private final BriefingChanges changes;

    BriefingController(BriefingService service, BriefingChanges changes) {
        this.service = service;
        this.changes = changes;
    }

    @PostMapping
    ResponseEntity<BriefingView> schedule(@Valid @RequestBody NewBriefing body, Actor actor) {
        BriefingView created = service.schedule(body, actor);
        return ResponseEntity.created(URI.create("/api/briefings/" + created.id())).body(created);
    }

    /** The briefing, with its version as ETag: {@code If-None-Match} with the current one gets 304. */
    @GetMapping("/{id}")
    ResponseEntity<BriefingView> get(@PathVariable long id,
                                     @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seen,
                                     Actor actor) {
        return conditional(service.view(id, actor), seen);
    }

    /**
     * With {@code Prefer: wait=N} and the ETag it holds in {@code If-None-Match}, a client waits up to N seconds
     * (at most {@value #MAX_WAIT_SECONDS}) for the briefing to change instead of polling: 200 with the new view as
     * soon as a change commits, 304 when the time is up. Permissions are checked before the wait; the request holds
     * no thread while it waits.
     */
    @GetMapping(path = "/{id}", headers = "Prefer")
    DeferredResult<ResponseEntity<BriefingView>> getOnceChanged(
            @PathVariable long id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seen,
            @RequestHeader("Prefer") String prefer, Actor actor) {
        int seconds = Math.min(requestedWait(prefer), MAX_WAIT_SECONDS);
        DeferredResult<ResponseEntity<BriefingView>> reply = new DeferredResult<>(seconds * 1000L);
        // Registered before the first read, so that a change committed between the two is not missed.
        Runnable cancel = changes.onNextChange(id, () -> settle(reply, id, seen, actor));
        try {
            ResponseEntity<BriefingView> now = conditional(service.view(id, actor), seen);
            if (now.getStatusCode() != HttpStatus.NOT_MODIFIED || seconds == 0) {
                cancel.run();
                reply.setResult(now);
                return reply;
            }
        } catch (RuntimeException e) {
            cancel.run();
            throw e;
        }
        reply.onCompletion(cancel);
        reply.onTimeout(() -> settle(reply, id, seen, actor));
        return reply;
    }

    private void settle(DeferredResult<ResponseEntity<BriefingView>> reply, long id, String seen, Actor actor) {
        try {
            reply.setResult(conditional(service.view(id, actor), seen));
        } catch (RuntimeException e) {
            reply.setErrorResult(e);
        }
    }

    /** RFC 7240's {@code wait} preference in seconds; 0 when absent (a preference the server may ignore). */
    static int requestedWait(String prefer) {
        java.util.regex.Matcher wait = WAIT.matcher(prefer);
        return wait.find() ? Integer.parseInt(wait.group(1)) : 0;
    }

    private static ResponseEntity<BriefingView> conditional(BriefingView view, String seen) {
        String etag = "\"" + view.version() + "\"";
        if (seen != null && matches(seen, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(view);
    }

    /** If-None-Match's weak comparison: any listed tag, weak or not, or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
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
