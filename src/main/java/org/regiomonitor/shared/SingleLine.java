package org.regiomonitor.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line text (title, name, code, label, link): no line break or tab. The request boundary allows
 * them in any body field because it cannot know which fields are multi-line; this says which are not.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Validator.class)
public @interface SingleLine {

    String message() default "{error.input.singleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Valid when null or without tab, CR or LF (other control characters never get this far). */
    class Validator implements ConstraintValidator<SingleLine, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !Text.hasForbiddenCharacter(value, false);
        }
    }
}
