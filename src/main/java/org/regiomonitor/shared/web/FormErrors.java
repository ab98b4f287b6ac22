package org.regiomonitor.shared.web;

import java.util.List;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts rule violations from the services beside the form fields they concern (the page shows them
 * with {@code th:errors}); violations without a field, or about something the form does not show,
 * go above the form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Adds the violations; a field that already has an error (e.g. not a number) keeps only that one. */
    public static void apply(BindingResult binding, List<Violation> violations) {
        for (Violation v : violations) {
            if (v.field() == null) {
                binding.reject(v.code(), v.args(), v.code());
                continue;
            }
            if (binding.hasFieldErrors(v.field())) {
                continue;
            }
            try {
                binding.rejectValue(v.field(), v.code(), v.args(), v.code());
            } catch (NotReadablePropertyException e) {
                binding.reject(v.code(), v.args(), v.code()); // a rule about something the form does not show
            }
        }
    }

    /** The record was changed by someone else meanwhile: the {@code error.stale} message above the form. */
    public static void stale(BindingResult binding) {
        binding.reject("error.stale");
    }
}
