package org.regiomonitor.finance.web;

import java.math.BigDecimal;
import java.util.Set;
import org.regiomonitor.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Turns typed-in amounts into numbers and domain rule violations into errors beside the form fields. */
final class FormSupport {

    private FormSupport() {
    }

    /**
     * An amount as typed: blank is unknown (null); digits with at most one decimal separator, either
     * a comma or a point ("1250000,50" or "1250000.50"); no thousands separators, since "1.250" would
     * be ambiguous between Dutch and English. A euro sign and spaces are ignored.
     */
    static BigDecimal amount(String field, String raw, BindingResult errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        if (s.chars().filter(ch -> ch == ',' || ch == '.').count() > 1 || !s.matches("-?[0-9]*[.,]?[0-9]*")
                || s.matches("-?[.,]?")) {
            errors.rejectValue(field, "finance.error.amountFormat");
            return null;
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    static Integer year(String field, String raw, BindingResult errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (!s.matches("[0-9]{4}")) {
            errors.rejectValue(field, "finance.error.yearFormat");
            return null;
        }
        return Integer.valueOf(s);
    }

    /** Violations of fields the form has go beside them; the rest (and the hidden version) at the top. */
    static void apply(InvalidInputException e, BindingResult errors, Set<String> fields) {
        for (InvalidInputException.Violation v : e.violations()) {
            if (v.field() != null && fields.contains(v.field())) {
                errors.rejectValue(v.field(), v.code(), v.args(), v.code());
            } else {
                errors.reject(v.code(), v.args(), v.code());
            }
        }
    }
}
