package vn.giaoban.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingRepository;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.organization.Role;
import vn.giaoban.security.Actor;

/** The steps waiting for a person (the "việc cần làm" inbox), oldest first. */
@Service
public class MyTasks {

    public record OpenTask(long briefingId, String briefingTitle, Stage stage, String name, OffsetDateTime created) {
    }

    private final BriefingRepository briefings;
    private final BriefingProcess process;
    private final ZoneId zone;

    MyTasks(BriefingRepository briefings, BriefingProcess process, GiaobanProperties properties) {
        this.briefings = briefings;
        this.process = process;
        this.zone = properties.zone();
    }

    @Transactional(readOnly = true)
    public List<OpenTask> of(Actor actor) {
        Long secretariatOf = actor.has(Role.SECRETARIAT) ? actor.organizationId() : null;
        Map<String, Briefing> mine = briefings.findVisible(false, secretariatOf, actor.id(), null, null).stream()
                .filter(b -> actsIn(b, actor))
                .collect(Collectors.toMap(b -> String.valueOf(b.getId()), Function.identity()));
        return process.waitingSteps(mine.keySet()).stream()
                .map(step -> {
                    Briefing b = mine.get(String.valueOf(step.briefingId()));
                    return new OpenTask(b.getId(), b.getTitle(), b.getStage(), step.name(),
                            step.created().atZone(zone).toOffsetDateTime());
                })
                .toList();
    }

    /** Whether the caller is the one who moves the briefing on at its current stage. */
    private static boolean actsIn(Briefing b, Actor actor) {
        return switch (b.getStage()) {
            case REPORT_DRAFTING, CONCLUSIONS_DRAFTING -> b.isSecretariat(actor);
            case REPORT_REVIEW, CONCLUSIONS_REVIEW, AWAITING_CHAIR_SIGNATURE -> b.isChair(actor);
            case DISCUSSION -> b.isSecretariat(actor) || b.isParticipant(actor.id());
            default -> false;
        };
    }
}
