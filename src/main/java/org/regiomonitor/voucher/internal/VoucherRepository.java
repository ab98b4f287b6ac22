package org.regiomonitor.voucher.internal;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.USER_PROGRAMME;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceColumns;
import org.regiomonitor.voucher.VoucherFilter;
import org.regiomonitor.voucher.VoucherQueries;
import org.regiomonitor.voucher.internal.VoucherViews.AreaOption;
import org.regiomonitor.voucher.internal.VoucherViews.ProgrammeOption;
import org.regiomonitor.voucher.internal.VoucherViews.ProjectOption;
import org.regiomonitor.voucher.internal.VoucherViews.VoucherDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

/** The SQL of the voucher pages: each method is one statement. */
@Repository
public class VoucherRepository {

    private final DSLContext dsl;

    VoucherRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PageResult<VoucherDetail> list(VoucherFilter filter, boolean includeUnpublished, int page, int size) {
        Condition where = VoucherQueries.condition(filter, includeUnpublished);
        long total = dsl.fetchCount(dsl.select(VOUCHER_AWARD.ID).from(VOUCHER_AWARD)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(VOUCHER_AWARD.PROGRAMME_ID)).where(where));
        List<VoucherDetail> items = select(includeUnpublished)
                .where(where)
                .orderBy(VoucherQueries.awardYear().desc().nullsLast(), VOUCHER_AWARD.AWARDED_ON.desc().nullsLast(),
                        PROGRAMME.NAME, VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.ID)
                .limit(size).offset((long) page * size)
                .fetch(VoucherRepository::detail);
        return new PageResult<>(items, page, size, total);
    }

    public Optional<VoucherDetail> detail(long id, boolean includeUnpublished) {
        return select(includeUnpublished)
                .where(VOUCHER_AWARD.ID.eq(id))
                .and(VoucherQueries.condition(VoucherFilter.NONE, includeUnpublished))
                .fetchOptional(VoucherRepository::detail);
    }

    private SelectOnConditionStep<Record> select(boolean includeUnpublished) {
        return dsl.select(VOUCHER_AWARD.ID, VOUCHER_AWARD.PROGRAMME_ID, PROGRAMME.CODE, PROGRAMME.NAME,
                        PROJECT.ID, PROJECT.TITLE, VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND,
                        VOUCHER_AWARD.QUANTITY, VOUCHER_AWARD.AMOUNT, VOUCHER_AWARD.AWARDED_ON,
                        VOUCHER_AWARD.AWARD_YEAR, VOUCHER_AWARD.MUNICIPALITY_ID, AREA.CODE, AREA.NAME,
                        VOUCHER_AWARD.RECIPIENT_KIND, VOUCHER_AWARD.PUBLISHED, VOUCHER_AWARD.SOURCE_ID,
                        VOUCHER_AWARD.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL, VOUCHER_AWARD.VERSION)
                .from(VOUCHER_AWARD)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(VOUCHER_AWARD.PROGRAMME_ID))
                // an unpublished project is not named to anonymous visitors
                .leftJoin(PROJECT).on(PROJECT.ID.eq(VOUCHER_AWARD.PROJECT_ID)
                        .and(includeUnpublished ? DSL.trueCondition() : PROJECT.PUBLISHED.isTrue()))
                .leftJoin(AREA).on(AREA.ID.eq(VOUCHER_AWARD.MUNICIPALITY_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.SOURCE_ID));
    }

    private static VoucherDetail detail(Record r) {
        return new VoucherDetail(r.get(VOUCHER_AWARD.ID), r.get(VOUCHER_AWARD.PROGRAMME_ID), r.get(PROGRAMME.CODE),
                r.get(PROGRAMME.NAME), r.get(PROJECT.ID), r.get(PROJECT.TITLE), r.get(VOUCHER_AWARD.SCHEME),
                r.get(VOUCHER_AWARD.SCHEME_KIND), r.get(VOUCHER_AWARD.QUANTITY),
                r.get(VOUCHER_AWARD.AMOUNT), r.get(VOUCHER_AWARD.AWARDED_ON), r.get(VOUCHER_AWARD.AWARD_YEAR),
                r.get(VOUCHER_AWARD.MUNICIPALITY_ID), r.get(AREA.CODE), r.get(AREA.NAME),
                r.get(VOUCHER_AWARD.RECIPIENT_KIND),
                r.get(VOUCHER_AWARD.PUBLISHED), r.get(VOUCHER_AWARD.SOURCE_ID), r.get(VOUCHER_AWARD.SOURCE_LOCATOR),
                SourceColumns.of(SOURCE).ref(r, VOUCHER_AWARD.SOURCE_LOCATOR),
                r.get(VOUCHER_AWARD.VERSION));
    }

    /** Programmes for the list filter: anonymous visitors see published ones only. */
    public List<ProgrammeOption> programmes(boolean includeUnpublished) {
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME)
                .from(PROGRAMME)
                .where(includeUnpublished ? DSL.trueCondition() : PROGRAMME.PUBLISHED.isTrue())
                .orderBy(PROGRAMME.NAME)
                .fetch(r -> new ProgrammeOption(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The programmes whose vouchers the user may edit, mirroring AccessPolicy.canEditProgramme
     * (admins: all; programme managers: their own) in one query for lists and forms. Saving still
     * asks AccessPolicy itself.
     */
    public List<ProgrammeOption> editableProgrammes(Authentication auth) {
        Optional<UserPrincipal> user = UserPrincipal.of(auth);
        if (user.isEmpty() || (user.get().role() != Role.ADMIN && user.get().role() != Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        Condition mine = user.get().role() == Role.ADMIN ? DSL.trueCondition()
                : PROGRAMME.ID.in(DSL.select(USER_PROGRAMME.PROGRAMME_ID).from(USER_PROGRAMME)
                        .where(USER_PROGRAMME.USER_ID.eq(user.get().id())));
        return dsl.select(PROGRAMME.ID, PROGRAMME.CODE, PROGRAMME.NAME)
                .from(PROGRAMME)
                .where(mine)
                .orderBy(PROGRAMME.NAME)
                .fetch(r -> new ProgrammeOption(r.value1(), r.value2(), r.value3()));
    }

    /** Projects in the given programmes, for the project choice of the form. */
    public List<ProjectOption> projects(Set<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT_PROGRAMME.PROGRAMME_ID)
                .from(PROJECT)
                .join(PROJECT_PROGRAMME).on(PROJECT_PROGRAMME.PROJECT_ID.eq(PROJECT.ID))
                .where(PROJECT_PROGRAMME.PROGRAMME_ID.in(programmeIds))
                .orderBy(PROJECT_PROGRAMME.PROGRAMME_ID, PROJECT.TITLE)
                .fetch(r -> new ProjectOption(r.value1(), r.value2(), r.value3()));
    }

    /** Scheme names in use, offered as suggestions in the form. */
    public List<String> schemes() {
        return dsl.selectDistinct(VOUCHER_AWARD.SCHEME).from(VOUCHER_AWARD).orderBy(VOUCHER_AWARD.SCHEME)
                .fetch(VOUCHER_AWARD.SCHEME);
    }

    public List<AreaOption> municipalities() {
        return dsl.select(AREA.ID, AREA.CODE, AREA.NAME)
                .from(AREA)
                .where(AREA.KIND.eq(AreaKind.MUNICIPALITY))
                .orderBy(AREA.NAME, AREA.CODE)
                .fetch(r -> new AreaOption(r.value1(), r.value2(), r.value3()));
    }

    boolean programmeExists(long id) {
        return dsl.fetchExists(PROGRAMME, PROGRAMME.ID.eq(id));
    }

    boolean projectInProgramme(long projectId, long programmeId) {
        return dsl.fetchExists(PROJECT_PROGRAMME,
                PROJECT_PROGRAMME.PROJECT_ID.eq(projectId).and(PROJECT_PROGRAMME.PROGRAMME_ID.eq(programmeId)));
    }

    boolean isMunicipality(long areaId) {
        return dsl.fetchExists(AREA, AREA.ID.eq(areaId).and(AREA.KIND.eq(AreaKind.MUNICIPALITY)));
    }

    boolean sourceExists(long id) {
        return dsl.fetchExists(SOURCE, SOURCE.ID.eq(id));
    }

    Optional<Long> programmeOf(long voucherId) {
        return dsl.select(VOUCHER_AWARD.PROGRAMME_ID).from(VOUCHER_AWARD).where(VOUCHER_AWARD.ID.eq(voucherId))
                .fetchOptional(VOUCHER_AWARD.PROGRAMME_ID);
    }
}
