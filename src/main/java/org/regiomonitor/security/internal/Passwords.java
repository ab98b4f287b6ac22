package org.regiomonitor.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.Text;

/**
 * The password rule for every way a password is set, and generated passwords. NIST SP 800-63B style:
 * a minimum length, no composition rules, and no password that attackers try first (a shipped list of
 * common and breached passwords, and trivially repetitive or sequential ones).
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; Spring Security refuses longer input rather than truncating it. */
    public static final int MAX_BYTES = 72;
    /** See common-passwords.LICENSE.txt beside it for its origin and licence. */
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PRODUCT = "regiomonitor";

    /** Loaded on first use (class initialisation), lower case. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(65_536);
            try (InputStream in = Passwords.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(l -> !l.isBlank()).forEach(set::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }

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
        return check(field, raw, null);
    }

    /**
     * As {@link #check(String, String)}, and also refuses a password that contains the user's own name
     * or the product's (the first words an attacker tries against this account).
     */
    public static Optional<Violation> check(String field, String raw, String username) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of(new Violation(field, "security.password.required"));
        }
        if (raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            return Optional.of(new Violation(field, "security.password.tooShort", MIN_LENGTH));
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Violation(field, "security.password.tooLong", MAX_BYTES));
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of(new Violation(field, "security.password.common"));
        }
        if (isRepetitive(lower)) {
            return Optional.of(new Violation(field, "security.password.repetitive"));
        }
        if (lower.contains(PRODUCT) || username != null && username.length() >= 3
                && lower.contains(Text.strip(username).toLowerCase(Locale.ROOT))) {
            return Optional.of(new Violation(field, "security.password.personal"));
        }
        return Optional.empty();
    }

    /**
     * One short piece said again and again ("aaaaaaaaaaaa", "passwordpassword", "abcabcabcabc"), or one
     * run up or down the alphabet or the digits ("abcdefghijkl", "123456789012" counts 9-0 as a step).
     */
    static boolean isRepetitive(String lower) {
        int[] cps = lower.codePoints().toArray();
        int n = cps.length;
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && repeats(cps, unit)) {
                return true;
            }
        }
        return isRun(cps, 1) || isRun(cps, -1);
    }

    private static boolean repeats(int[] cps, int unit) {
        for (int i = unit; i < cps.length; i++) {
            if (cps[i] != cps[i - unit]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRun(int[] cps, int step) {
        for (int i = 1; i < cps.length; i++) {
            int expected = cps[i - 1] + step;
            boolean digitWrap = step == 1 ? cps[i - 1] == '9' && cps[i] == '0' : cps[i - 1] == '0' && cps[i] == '9';
            if (cps[i] != expected && !digitWrap) {
                return false;
            }
        }
        return true;
    }
}
