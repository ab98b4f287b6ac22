package org.regiomonitor.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.StaleEditException;
import org.springframework.validation.BindingResult;

/**
 * How forms save (the results framework, the NPVR plan): the service writes (in one transaction) or refuses. Refused input is shown beside
 * the fields (400), with what was typed kept; a stale version is said above the form (409), the edit kept so it is
 * not lost; a field the browser could not convert (not a number) is reported together with the service's rules,
 * and then nothing is written.
 */
public final class FormSave {

    private FormSave() {
    }

    /** Whether it was saved; otherwise the errors are in the binding and the status is set. */
    public static boolean save(BindingResult binding, HttpServletResponse response, Supplier<List<Violation>> check,
            Runnable write, UnaryOperator<List<Violation>> toFields) {
        try {
            if (!binding.hasErrors()) {
                write.run();
                return true;
            }
            FormErrors.apply(binding, toFields.apply(check.get()));
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, toFields.apply(e.violations()));
        } catch (StaleEditException e) {
            FormErrors.stale(binding);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return false;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return false;
    }

    public static boolean save(BindingResult binding, HttpServletResponse response, Supplier<List<Violation>> check,
            Runnable write) {
        return save(binding, response, check, write, UnaryOperator.identity());
    }
}
