package org.regiomonitor.finance.web;

import java.math.BigDecimal;
import org.regiomonitor.shared.DecimalInput;
import org.regiomonitor.shared.Text;
import org.springframework.validation.BindingResult;

/** Turns typed-in amounts into numbers (errors beside the form fields). */
final class FormSupport {

    private FormSupport() {
    }

    /** An amount as typed (see {@link DecimalInput}): blank is unknown (null). */
    static BigDecimal amount(String field, String raw, BindingResult errors) {
        try {
            return DecimalInput.parse(raw);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "finance.error.amountFormat");
            return null;
        }
    }

    static Integer year(String field, String raw, BindingResult errors) {
        if (Text.isBlank(raw)) {
            return null;
        }
        String s = Text.strip(raw);
        if (!s.matches("[0-9]{4}")) {
            errors.rejectValue(field, "finance.error.yearFormat");
            return null;
        }
        return Integer.valueOf(s);
    }
}
