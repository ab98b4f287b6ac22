package org.regiomonitor.security.internal;

import java.time.Clock;
import static org.regiomonitor.db.Tables.LOGIN_ATTEMPT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: too many failed log-ins for one account name (whether it exists or not,
 * so the answer reveals nothing) or from one client address block further attempts for a while, longer
 * as failures pile up. Attempts are stored in PostgreSQL, so the limits hold across all instances.
 */
@Service
class LoginThrottle {

    /** At most {@code failures} within {@code window}; the next attempt is refused until older ones age out. */
    record Limit(Duration window, int failures) {
    }

    /** The 11th failure within a minute is refused; a slower, patient guesser meets the longer windows. */
    static final List<Limit> PER_ACCOUNT = List.of(new Limit(Duration.ofMinutes(1), 10),
            new Limit(Duration.ofMinutes(15), 20), new Limit(Duration.ofDays(1), 50));
    /**
     * An address may serve a whole office behind one NAT: with the account's limit, ten typos of
     * colleagues would lock everyone out, so an address gets three times the room; password spraying
     * from one address still meets it within a minute.
     */
    static final List<Limit> PER_ADDRESS = List.of(new Limit(Duration.ofMinutes(1), 30),
            new Limit(Duration.ofHours(1), 300));
    static final Duration KEPT = Duration.ofDays(1);
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 100;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cs}]");

    private final DSLContext dsl;
    private final Clock clock;

    LoginThrottle(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A log-in attempt being checked: its row, and whether the throttle refuses it. */
    record Attempt(long id, String username, boolean blocked) {
    }

    /**
     * Records the attempt before its password is checked, then counts it with the others: parallel
     * guesses see each other at once, so no burst of requests gets more than the limit checked. An
     * attempt is blocked when it would be one more than a limit allows (the 11th within a minute).
     * Outside any transaction, so the insert is committed (seen by the others) before the count, and
     * stands whatever the caller's transaction does.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Attempt begin(String username, String address) {
        String name = name(username);
        String addr = address(address);
        long id = dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.USERNAME, name)
                .set(LOGIN_ATTEMPT.CLIENT_ADDRESS, addr)
                .returning(LOGIN_ATTEMPT.ID).fetchSingle(LOGIN_ATTEMPT.ID);
        Instant now = clock.instant();
        List<Field<Integer>> counts = new ArrayList<>();
        PER_ACCOUNT.forEach(l -> counts.add(countSince(LOGIN_ATTEMPT.USERNAME.eq(name), now.minus(l.window()))));
        PER_ADDRESS.forEach(l -> counts.add(countSince(LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(addr), now.minus(l.window()))));
        var row = dsl.select(counts).from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.USERNAME.eq(name).or(LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(addr)))
                .and(LOGIN_ATTEMPT.ATTEMPTED_AT.gt(now.minus(KEPT)))
                .fetchSingle();
        List<Limit> limits = new ArrayList<>(PER_ACCOUNT);
        limits.addAll(PER_ADDRESS);
        boolean blocked = false;
        for (int i = 0; i < limits.size(); i++) {
            blocked |= row.get(i, Integer.class) > limits.get(i).failures();
        }
        return new Attempt(id, name, blocked);
    }

    /** A refused attempt was never checked: it does not count (else a lock would never end under attack). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void refused(Attempt attempt) {
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.ID.eq(attempt.id())).execute();
    }

    /** A failed attempt keeps its row, for a day; older ones are forgotten. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void failed(Attempt attempt) {
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.ATTEMPTED_AT.lt(clock.instant().minus(KEPT))).execute();
    }

    /** A successful log-in forgets the account's failures (not the address's: it may be guessing others). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void succeeded(Attempt attempt) {
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.USERNAME.eq(attempt.username())).execute();
    }

    private static Field<Integer> countSince(Condition who, Instant since) {
        return DSL.count().filterWhere(who.and(LOGIN_ATTEMPT.ATTEMPTED_AT.gt(since)));
    }

    /**
     * Usernames are lower case; longer input than any username is cut, so it cannot bloat the table, and
     * control characters (a NUL, which PostgreSQL cannot store) become '?': the attempt still counts.
     */
    static String name(String username) {
        return clean(username == null ? "" : Text.strip(username).toLowerCase(Locale.ROOT), NAME_MAX);
    }

    private static String address(String address) {
        return clean(address == null || address.isBlank() ? "unknown" : address, ADDRESS_MAX);
    }

    private static String clean(String text, int max) {
        String cut = text.length() > max ? text.substring(0, max) : text;
        return CONTROL.matcher(cut).replaceAll("?");
    }
}
