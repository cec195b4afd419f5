package vn.giaoban.briefing;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a briefing stands. The stage is written only by the briefing's process instance (see the stage listeners
 * in {@code processes/quarterly-briefing.bpmn}) and only along the transitions below, so it always names the step
 * the process waits in.
 */
public enum Stage {
    /** Only inside the transaction that creates the briefing, before its process instance starts. */
    SCHEDULED,
    REPORT_DRAFTING,
    REPORT_REVIEW,
    DISCUSSION,
    CONCLUSIONS_DRAFTING,
    CONCLUSIONS_REVIEW,
    /** Conclusions approved; the service renders, signs and stores the minutes and the conclusion notice. */
    MINUTES_PREPARING,
    /** The organisation's chair signs outside the service (USB token): waiting for the signed documents. */
    AWAITING_CHAIR_SIGNATURE,
    MINUTES_PUBLISHED,
    CANCELLED;

    Set<Stage> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(REPORT_DRAFTING);
            case REPORT_DRAFTING -> EnumSet.of(REPORT_REVIEW, CANCELLED);
            case REPORT_REVIEW -> EnumSet.of(REPORT_DRAFTING, DISCUSSION, CANCELLED);
            case DISCUSSION -> EnumSet.of(CONCLUSIONS_DRAFTING, CANCELLED);
            case CONCLUSIONS_DRAFTING -> EnumSet.of(CONCLUSIONS_REVIEW, CANCELLED);
            case CONCLUSIONS_REVIEW -> EnumSet.of(CONCLUSIONS_DRAFTING, MINUTES_PREPARING, CANCELLED);
            case MINUTES_PREPARING -> EnumSet.of(AWAITING_CHAIR_SIGNATURE, MINUTES_PUBLISHED);
            case AWAITING_CHAIR_SIGNATURE -> EnumSet.of(MINUTES_PREPARING);
            case MINUTES_PUBLISHED, CANCELLED -> EnumSet.noneOf(Stage.class);
        };
    }

    /** Stages in which the briefing waits for people and may still be called off. */
    public boolean isCancellable() {
        return next().contains(CANCELLED);
    }

    /** Nothing follows: the minutes are published or the briefing was called off. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The stage's name for messages, in the caller's language. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"stage." + name()}, name());
    }
}
