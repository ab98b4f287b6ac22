package org.regiomonitor.security.internal;

import java.time.Clock;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.regiomonitor.db.Tables.API_TOKEN;
import static org.regiomonitor.db.Tables.APP_USER;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.USER_PROJECT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.regiomonitor.security.AssignableWork;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.internal.UserViews.Choice;
import org.regiomonitor.security.internal.UserViews.Me;
import org.regiomonitor.security.internal.UserViews.TokenView;
import org.regiomonitor.security.internal.UserViews.UserDetail;
import org.regiomonitor.security.internal.UserViews.UserSummary;
import org.regiomonitor.shared.FullText;
import org.regiomonitor.shared.PageParams;
import org.regiomonitor.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads users, their assignments and tokens. Every method costs one or two statements. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final DSLContext dsl;
    private final Clock clock;

    private final AssignableWork work;

    UserDirectory(DSLContext dsl, AssignableWork work, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.work = work;
    }

    /** The columns the user list sorts by. */
    public enum UserSort { USERNAME, NAME, ROLE, ENABLED, CREATED }

    /** Users whose username or display name contains {@code q} (optional), optionally of one role, sorted. */
    public PageResult<UserSummary> list(String q, Role role, UserSort sort, boolean descending, int page, int size) {
        int safeSize = PageParams.size(size);
        int safePage = PageParams.page(page);
        Field<?> primary = switch (sort) {
            case USERNAME -> APP_USER.USERNAME;
            case NAME -> DSL.lower(APP_USER.DISPLAY_NAME);
            case ROLE -> APP_USER.ROLE;
            case ENABLED -> APP_USER.ENABLED;
            case CREATED -> APP_USER.CREATED_AT;
        };
        Condition where = FullText.containsEveryWord(q, APP_USER.USERNAME, APP_USER.DISPLAY_NAME);
        if (role != null) {
            where = where.and(APP_USER.ROLE.eq(role));
        }
        Field<Integer> programmes = selectCount().from(USER_PROGRAMME)
                .where(USER_PROGRAMME.USER_ID.eq(APP_USER.ID)).asField("programmes");
        Field<Integer> projects = selectCount().from(USER_PROJECT)
                .where(USER_PROJECT.USER_ID.eq(APP_USER.ID)).asField("projects");
        List<UserSummary> items = dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE,
                        APP_USER.ENABLED, programmes, projects, APP_USER.CREATED_AT)
                .from(APP_USER)
                .where(where)
                .orderBy(descending ? primary.desc().nullsLast() : primary.asc().nullsLast(), APP_USER.USERNAME)
                .limit(safeSize).offset((long) safePage * safeSize)
                .fetch(r -> new UserSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
        long total = dsl.fetchCount(APP_USER, where);
        return new PageResult<>(items, safePage, safeSize, total);
    }

    public Optional<UserDetail> find(long id) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.ENABLED,
                        APP_USER.VERSION, APP_USER.CREATED_AT, APP_USER.EMAIL,
                        multiset(select(USER_PROGRAMME.PROGRAMME_ID).from(USER_PROGRAMME)
                                .where(USER_PROGRAMME.USER_ID.eq(APP_USER.ID))
                                .orderBy(USER_PROGRAMME.PROGRAMME_ID)).convertFrom(r -> r.map(Record1::value1)),
                        multiset(select(USER_PROJECT.PROJECT_ID).from(USER_PROJECT)
                                .where(USER_PROJECT.USER_ID.eq(APP_USER.ID))
                                .orderBy(USER_PROJECT.PROJECT_ID)).convertFrom(r -> r.map(Record1::value1)))
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new UserDetail(r.value1(), r.value2(), r.value3(), r.value8(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value9(), r.value10()));
    }

    public Optional<Me> me(long id) {
        return find(id).map(u -> new Me(u.id(), u.username(), u.displayName(), u.role(), u.programmeIds(),
                u.projectIds()));
    }

    /** All programmes, for the assignment multi-select. */
    public List<Choice> programmeChoices() {
        return work.programmes().stream().map(p -> new Choice(p.id(), p.name())).toList();
    }

    /** The user's own tokens, newest first. */
    public List<TokenView> tokensOf(long userId) {
        return dsl.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.CREATED_AT, API_TOKEN.LAST_USED_AT,
                        API_TOKEN.EXPIRES_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(r -> new TokenView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        clock.instant()));
    }
}
