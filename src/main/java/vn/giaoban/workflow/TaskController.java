package vn.giaoban.workflow;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.security.Actor;

/** {@code GET /api/tasks}: the steps waiting for the caller, oldest first. */
@RestController
class TaskController {

    private final MyTasks tasks;

    TaskController(MyTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/tasks")
    List<MyTasks.OpenTask> tasks(Actor actor) {
        return tasks.of(actor);
    }
}
