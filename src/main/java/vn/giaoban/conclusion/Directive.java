package vn.giaoban.conclusion;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A task the chair gives a named unit, with an optional deadline. */
@Embeddable
public class Directive {

    private String content;
    private String assigneeUnit;
    private LocalDate dueDate;

    protected Directive() {
    }

    Directive(String content, String assigneeUnit, LocalDate dueDate) {
        this.content = content;
        this.assigneeUnit = assigneeUnit;
        this.dueDate = dueDate;
    }

    public String getContent() {
        return content;
    }

    public String getAssigneeUnit() {
        return assigneeUnit;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
