package org.regiomonitor.shared.web;

import org.regiomonitor.shared.Text;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON request bodies follow the same text rules as forms and parameters: every string is checked for
 * characters PostgreSQL or a page cannot hold (refused with the field's path), made NFC, and "" when
 * only white space. A property the body may not carry (unknown, or read-only like {@code id}) is refused
 * rather than silently dropped.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictTextInput() {
        SimpleModule module = new SimpleModule("regiomonitor-text-input");
        module.addDeserializer(String.class, new TextDeserializer());
        return builder -> builder.addModule(module).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A string with a character that is not allowed; Jackson adds the path of the field. */
    static final class ForbiddenCharacterException extends MismatchedInputException {

        private final int codePoint;

        ForbiddenCharacterException(JsonParser p, int codePoint) {
            super(p, "forbidden character " + Text.codePointName(codePoint), String.class);
            this.codePoint = codePoint;
        }

        int codePoint() {
            return codePoint;
        }
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            int c = Text.forbiddenCharacter(s, true);
            if (c >= 0) {
                throw new ForbiddenCharacterException(p, c);
            }
            return Text.normalize(s);
        }
    }
}
