package vn.giaoban.web;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giaoban.briefing.BriefingService;
import vn.giaoban.briefing.Stage;
import vn.giaoban.security.Actor;
import vn.giaoban.workflow.MyTasks;

/** Login, and the dashboard: what waits for me, and the briefings I may see by stage and quarter. */
@Controller
class HomePages {

    private final BriefingService briefings;
    private final MyTasks tasks;

    HomePages(BriefingService briefings, MyTasks tasks) {
        this.briefings = briefings;
        this.tasks = tasks;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) Stage stage,
                     @RequestParam(required = false) String quarter, Actor actor, Model model) {
        String q = quarter == null || !quarter.matches("\\d{4}-Q[1-4]") ? null : quarter;
        model.addAttribute("actor", actor);
        model.addAttribute("tasks", tasks.of(actor));
        model.addAttribute("briefings", briefings.list(actor, stage, q));
        model.addAttribute("stages", Arrays.stream(Stage.values()).filter(s -> s != Stage.SCHEDULED).toList());
        model.addAttribute("stage", stage);
        model.addAttribute("quarter", q);
        return "dashboard";
    }
}
