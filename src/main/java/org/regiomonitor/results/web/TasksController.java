package org.regiomonitor.results.web;

import org.regiomonitor.results.internal.Tasks;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My tasks" of the logged-in user: updates to write (leads) and to review (programme managers). */
@Controller
class TasksController {

    private final Tasks tasks;
    private final AccessPolicy policy;

    TasksController(Tasks tasks, AccessPolicy policy) {
        this.tasks = tasks;
        this.policy = policy;
    }

    @GetMapping("/tasks")
    String tasks(Authentication auth, Model model) {
        policy.require(policy.canSeeUnpublished(auth)); // logged in
        model.addAttribute("toWrite", tasks.toWrite(auth));
        model.addAttribute("toReview", tasks.toReview(auth));
        return "results/tasks";
    }
}
