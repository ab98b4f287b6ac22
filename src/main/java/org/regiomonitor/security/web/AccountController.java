package org.regiomonitor.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.security.internal.AccountService;
import org.regiomonitor.security.internal.UserDirectory;
import org.regiomonitor.security.web.Forms.PasswordChangeForm;
import org.regiomonitor.security.web.Forms.TokenForm;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every logged-in user's own account: personal API tokens and password. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;
    private final UserDirectory directory;

    AccountController(AccountService accounts, UserDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/tokens")
    String tokens(@AuthenticationPrincipal UserPrincipal me, Model model) {
        model.addAttribute("form", new TokenForm());
        return tokensPage(me(me), model);
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal UserPrincipal me, @ModelAttribute("form") TokenForm form,
            BindingResult result, Model model) {
        UserPrincipal user = me(me);
        if (result.hasErrors()) {
            return tokensPage(user, model);
        }
        try {
            String token = accounts.createToken(user.id(), form.getName(), form.getExpiryDays(), user.username());
            // Rendered directly, not redirected, so the token is never stored in the session.
            model.addAttribute("newToken", token);
            model.addAttribute("newTokenName", Text.strip(form.getName()));
            model.addAttribute("form", new TokenForm());
        } catch (InvalidInputException e) {
            FormErrors.apply(result, e.violations());
        }
        return tokensPage(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        UserPrincipal user = me(me);
        accounts.revokeToken(user.id(), id, user.username());
        redirect.addFlashAttribute("saved", "security.token.revoked");
        return "redirect:/account/tokens";
    }

    @GetMapping("/password")
    String password(@AuthenticationPrincipal UserPrincipal me, Model model) {
        me(me);
        model.addAttribute("form", new PasswordChangeForm());
        return "security/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal UserPrincipal me, @ModelAttribute("form") PasswordChangeForm form,
            BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
        UserPrincipal user = me(me);
        HttpSession session = request.getSession(false);
        try {
            accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword(),
                    form.getConfirmation(), new AccountService.Caller(user.username(),
                            session == null ? null : session.getId(), request.getRemoteAddr()));
        } catch (InvalidInputException e) {
            FormErrors.apply(result, e.violations());
            // Passwords are never sent back into the page.
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmation(null);
            return "security/password";
        }
        redirect.addFlashAttribute("saved", "security.password.changed");
        return "redirect:/account/password";
    }

    private String tokensPage(UserPrincipal user, Model model) {
        model.addAttribute("tokens", directory.tokensOf(user.id()));
        model.addAttribute("maxDays", AccountService.TOKEN_MAX_DAYS);
        return "security/tokens";
    }

    /** The URL rule lets only logged-in users in; this guards against a misconfiguration. */
    private static UserPrincipal me(UserPrincipal me) {
        if (me == null) {
            throw new org.springframework.security.access.AccessDeniedException("log in first");
        }
        return me;
    }
}
