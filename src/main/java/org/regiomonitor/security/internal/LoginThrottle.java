package org.regiomonitor.security.internal;

import static org.regiomonitor.db.Tables.LOGIN_ATTEMPT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: too many failed log-ins for one account name (whether it exists or not,
 * so the answer reveals nothing) or from one client address block further attempts for a while, longer
 * as failures pile up. Failures are stored in PostgreSQL, so the limits hold across all instances.
 */
@Service
class LoginThrottle {

    /** At most {@code failures} within {@code window}; the next attempt is refused until older ones age out. */
    record Limit(Duration window, int failures) {
    }

    /** The 11th failure within a minute is refused; a slower, patient guesser meets the longer windows. */
    static final List<Limit> PER_ACCOUNT = List.of(new Limit(Duration.ofMinutes(1), 10),
            new Limit(Duration.ofMinutes(15), 20), new Limit(Duration.ofDays(1), 50));
    /** An address may serve a whole office behind one NAT, so it gets more room per hour and day. */
    static final List<Limit> PER_ADDRESS = List.of(new Limit(Duration.ofMinutes(1), 10),
            new Limit(Duration.ofHours(1), 100));
    static final Duration KEPT = Duration.ofDays(1);
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 100;

    private final DSLContext dsl;

    LoginThrottle(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Whether a log-in as {@code username} from {@code address} is refused without checking the password,
     * and whether the account name has recent failures (that a successful log-in then forgets).
     */
    record Check(boolean blocked, boolean accountFailures) {
    }

    Check check(String username, String address) {
        String name = name(username);
        String addr = address(address);
        Instant now = Instant.now();
        List<Field<Integer>> counts = new ArrayList<>();
        PER_ACCOUNT.forEach(l -> counts.add(countSince(LOGIN_ATTEMPT.USERNAME.eq(name), now.minus(l.window()))));
        PER_ADDRESS.forEach(l -> counts.add(countSince(LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(addr), now.minus(l.window()))));
        var row = dsl.select(counts).from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.USERNAME.eq(name).or(LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(addr)))
                .and(LOGIN_ATTEMPT.FAILED_AT.gt(now.minus(KEPT)))
                .fetchSingle();
        List<Limit> limits = new ArrayList<>(PER_ACCOUNT);
        limits.addAll(PER_ADDRESS);
        boolean blocked = false;
        for (int i = 0; i < limits.size(); i++) {
            blocked |= row.get(i, Integer.class) >= limits.get(i).failures();
        }
        // The longest account window counts every failure still kept.
        return new Check(blocked, row.get(PER_ACCOUNT.size() - 1, Integer.class) > 0);
    }

    /** Counts a failed log-in; forgets failures older than a day. Stands even if the caller's work is rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.FAILED_AT.lt(Instant.now().minus(KEPT))).execute();
        dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.USERNAME, name(username))
                .set(LOGIN_ATTEMPT.CLIENT_ADDRESS, address(address))
                .execute();
    }

    /** A successful log-in forgets the account's failures (not the address's: it may be guessing others). */
    void succeeded(String username) {
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.USERNAME.eq(name(username))).execute();
    }

    private static Field<Integer> countSince(Condition who, Instant since) {
        return DSL.count().filterWhere(who.and(LOGIN_ATTEMPT.FAILED_AT.gt(since)));
    }

    /** Usernames are lower case; longer input than any username is cut, so it cannot bloat the table. */
    static String name(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > NAME_MAX ? n.substring(0, NAME_MAX) : n;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return a.length() > ADDRESS_MAX ? a.substring(0, ADDRESS_MAX) : a;
    }
}
