package org.regiomonitor.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.regiomonitor.shared.InvalidInputException.Violation;

/** The password rule for every way a password is set, and generated passwords. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; Spring Security refuses longer input rather than truncating it. */
    public static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 144 random bits as 24 URL-safe characters. */
    public static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The violation of the rule by {@code raw}, reported on {@code field}, if any. */
    public static Optional<Violation> check(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of(new Violation(field, "security.password.required"));
        }
        if (raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            return Optional.of(new Violation(field, "security.password.tooShort", MIN_LENGTH));
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Violation(field, "security.password.tooLong", MAX_BYTES));
        }
        return Optional.empty();
    }
}
