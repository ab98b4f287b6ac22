package org.regiomonitor.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.internal.UserDirectory;
import org.regiomonitor.security.internal.UserDirectory.UserSort;
import org.regiomonitor.security.internal.UserManagement;
import org.regiomonitor.security.internal.UserViews.NewUser;
import org.regiomonitor.security.internal.UserViews.UserChange;
import org.regiomonitor.security.internal.UserViews.UserDetail;
import org.regiomonitor.security.web.Forms.PasswordResetForm;
import org.regiomonitor.security.web.Forms.UserCreateForm;
import org.regiomonitor.security.web.Forms.UserEditForm;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;
import org.regiomonitor.shared.web.QueryParams;
import org.regiomonitor.shared.web.FormErrors;
import org.regiomonitor.shared.web.SearchedChoices;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user pages. The URL rule already admits only administrators; each method checks again. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {


    private final UserDirectory directory;
    private final UserManagement management;
    private final AccessPolicy policy;

    AdminUserController(UserDirectory directory, UserManagement management, AccessPolicy policy) {
        this.directory = directory;
        this.management = management;
        this.policy = policy;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response) {
        policy.require(policy.isAdmin(auth));
        ListParams<UserSort> params = ListParams.read(page, size, sort, dir, UserSort.USERNAME);
        Role roleFilter = QueryParams.enumOrNull(Role.class, role);
        String text = Text.blankToNull(q);
        model.addAttribute("users", params.requireExisting(
                directory.list(text, roleFilter, params.sort(), params.descending(), params.page(), params.size())));
        model.addAttribute("links", ListLinks.of("/admin/users", params).filter("q", text).filter("role", roleFilter));
        model.addAttribute("q", text);
        model.addAttribute("role", roleFilter);
        return ListLinks.view("security/users", request, response);
    }

    @GetMapping("/new")
    String newUser(Authentication auth, Model model) {
        policy.require(policy.isAdmin(auth));
        model.addAttribute("form", new UserCreateForm());
        return createPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserCreateForm form, BindingResult result, Authentication auth,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        policy.require(policy.isAdmin(auth));
        if (result.hasErrors() || SearchedChoices.searching(request)) {
            return createPage(model);
        }
        try {
            var created = management.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getRole(),
                    form.getPassword(), form.isGeneratePassword(), new HashSet<>(form.getProgrammeIds()),
                    new HashSet<>(form.getProjectIds())), policy.actorName(auth));
            if (created.generatedPassword() != null) {
                // Rendered directly, not redirected, so the password never sits in the session.
                model.addAttribute("secretUser", Text.strip(form.getUsername()));
                model.addAttribute("secretPassword", created.generatedPassword());
                model.addAttribute("userId", created.id());
                return "security/user-secret";
            }
            redirect.addFlashAttribute("saved", "security.user.created");
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(result, e.violations());
            return createPage(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Authentication auth, Model model) {
        policy.require(policy.isAdmin(auth));
        UserDetail user = load(id);
        model.addAttribute("form", editForm(user));
        return editPage(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserEditForm form, BindingResult result,
            Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        policy.require(policy.isAdmin(auth));
        UserDetail user = load(id);
        if (result.hasErrors() || SearchedChoices.searching(request)) {
            return editPage(user, model);
        }
        try {
            management.update(id, new UserChange(form.getDisplayName(), form.getEmail(), form.getRole(), form.isEnabled(),
                    new HashSet<>(form.getProgrammeIds()), new HashSet<>(form.getProjectIds()), form.getVersion()),
                    policy.actorName(auth));
            redirect.addFlashAttribute("saved", "security.user.saved");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(result, e.violations());
            return editPage(user, model);
        } catch (StaleEditException e) {
            result.reject("error.stale");
            return editPage(user, model);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @ModelAttribute("resetForm") PasswordResetForm resetForm,
            BindingResult result, Authentication auth, Model model, RedirectAttributes redirect) {
        policy.require(policy.isAdmin(auth));
        UserDetail user = load(id);
        try {
            String generated = management.resetPassword(id, resetForm.getPassword(), resetForm.isGenerate(),
                    resetForm.isKeepTokens(), policy.actorName(auth));
            if (generated != null) {
                model.addAttribute("secretUser", user.username());
                model.addAttribute("secretPassword", generated);
                model.addAttribute("userId", id);
                return "security/user-secret";
            }
            redirect.addFlashAttribute("saved", "security.user.passwordReset");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(result, e.violations());
            model.addAttribute("form", editForm(user));
            return editPage(user, model);
        }
    }

    @PostMapping("/{id}/sessions/end")
    String endSessions(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        policy.require(policy.isAdmin(auth));
        load(id);
        management.endSessions(id, policy.actorName(auth));
        redirect.addFlashAttribute("saved", "security.user.sessionsEnded");
        return "redirect:/admin/users/" + id;
    }

    private UserDetail load(long id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static UserEditForm editForm(UserDetail user) {
        UserEditForm form = new UserEditForm();
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setRole(user.role());
        form.setEnabled(user.enabled());
        form.setProgrammeIds(new ArrayList<>(user.programmeIds()));
        form.setProjectIds(new ArrayList<>(user.projectIds()));
        form.setVersion(user.version());
        return form;
    }

    private String createPage(Model model) {
        model.addAttribute("programmeChoices", directory.programmeChoices());
        return "security/user-new";
    }

    private String editPage(UserDetail user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("activeSessions", management.activeSessions(user.id()));
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new PasswordResetForm());
        }
        model.addAttribute("programmeChoices", directory.programmeChoices());
        return "security/user-edit";
    }
}
