package org.regiomonitor.results;

import static org.regiomonitor.db.Tables.AREA;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.results.internal.CatalogueIndicatorInput;
import org.regiomonitor.results.internal.DimensionInput;
import org.regiomonitor.results.internal.FrameworkService;
import org.regiomonitor.results.internal.IndicatorInput;
import org.regiomonitor.results.internal.PeriodPlanInput;
import org.regiomonitor.results.internal.ResultInput;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.results.internal.UpdateInput.DisaggregationInput;
import org.regiomonitor.results.internal.UpdateService;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.SecurityFixtures;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Results test data through the real services (programmes and projects through jOOQ, as the security tests
 * do), always with unique codes because all integration tests share one database.
 */
public final class ResultsFixtures {

    static final String PASSWORD = "test-password-1";

    final DSLContext dsl;
    final FrameworkService framework;
    final UpdateService updates;
    final RollUps rollUps;
    private final UserAdministration users;
    final Authentication admin;

    public ResultsFixtures(ApplicationContext context) {
        this.dsl = context.getBean(DSLContext.class);
        this.framework = context.getBean(FrameworkService.class);
        this.updates = context.getBean(UpdateService.class);
        this.rollUps = context.getBean(RollUps.class);
        this.users = context.getBean(UserAdministration.class);
        this.admin = auth(user(Role.ADMIN));
    }

    static String unique(String prefix) {
        return SecurityFixtures.unique(prefix);
    }

    public long programme() {
        return SecurityFixtures.programme(dsl);
    }

    public long project(long... programmeIds) {
        return SecurityFixtures.project(dsl, programmeIds);
    }

    UserPrincipal user(Role role) {
        String name = unique(role.name().toLowerCase() + "-");
        long id = users.createUser(name, name, PASSWORD, role);
        return new UserPrincipal(id, name, name, "x", role, true);
    }

    Authentication lead(long projectId) {
        return auth(leadUser(projectId));
    }

    Authentication manager(long programmeId) {
        return auth(managerUser(programmeId));
    }

    public UserPrincipal leadUser(long projectId) {
        UserPrincipal u = user(Role.PROJECT_LEAD);
        users.assignProject(u.id(), projectId);
        return u;
    }

    UserPrincipal managerUser(long programmeId) {
        UserPrincipal u = user(Role.PROGRAMME_MANAGER);
        users.assignProgramme(u.id(), programmeId);
        return u;
    }

    static Authentication auth(UserPrincipal u) {
        return TestUsers.authentication(u);
    }

    /** Half-year periods of the years, in order. */
    public List<Long> halfYears(long programmeId, int fromYear, int toYear) {
        return framework.addPeriods(programmeId, new PeriodPlanInput(null, fromYear, toYear), admin);
    }

    long catalogue(long programmeId, String code, Measure measure, boolean cumulative) {
        return framework.createCatalogueIndicator(programmeId, new CatalogueIndicatorInput(code, "Indicator " + code,
                null, null, null, measure, null, cumulative, true, 0, null), admin);
    }

    long result(long projectId) {
        return framework.createResult(projectId, new ResultInput(unique("Result "), ResultType.OUTPUT, null, null, null,
                null), admin);
    }

    /** An indicator of a new result of the project, adopting the catalogue indicator (null: the project's own). */
    public long indicator(long projectId, Long catalogueId, Measure measure, boolean cumulative) {
        return indicator(projectId, catalogueId, measure, cumulative, null, null, null);
    }

    long indicator(long projectId, Long catalogueId, Measure measure, boolean cumulative, BigDecimal baseline,
            BigDecimal target, LocalDate targetDate) {
        return indicator(projectId, catalogueId, measure, cumulative, baseline, target, targetDate, null);
    }

    long indicator(long projectId, Long catalogueId, Measure measure, boolean cumulative, BigDecimal baseline,
            BigDecimal target, LocalDate targetDate, List<IndicatorInput.PeriodTargetInput> periodTargets) {
        return framework.createIndicator(result(projectId), new IndicatorInput(catalogueId, unique("Indicator "),
                measure, null, true, cumulative, 0, baseline, null, baseline == null ? null : LocalDate.of(2024, 1, 1),
                null, null, null, target, targetDate, null, null, null, periodTargets, null, null), admin);
    }

    static UpdateInput value(Long periodId, String value) {
        return value(periodId, value, ValueQualifier.EXACT, List.of());
    }

    static UpdateInput value(Long periodId, String value, ValueQualifier qualifier, List<DisaggregationInput> parts) {
        return new UpdateInput(periodId, new BigDecimal(value), null, null, qualifier, null, null, parts, null);
    }

    static UpdateInput ratio(Long periodId, String numerator, String denominator) {
        return new UpdateInput(periodId, null, new BigDecimal(numerator), new BigDecimal(denominator), null, null, null,
                null, null);
    }

    static DisaggregationInput area(String code, String value) {
        return new DisaggregationInput(code, null, new BigDecimal(value));
    }

    static DisaggregationInput dimension(long valueId, String value) {
        return new DisaggregationInput(null, valueId, new BigDecimal(value));
    }

    /** An update written, submitted and approved (by an administrator). */
    long approved(long indicatorId, UpdateInput in) {
        long id = updates.create(indicatorId, in, admin);
        updates.submit(id, new ReviewInput(null, 0), admin);
        updates.approve(id, new ReviewInput(null, 1), admin);
        return id;
    }

    /** A dimension with the values; returns the ids of the values in order. */
    List<Long> dimension(long programmeId, String... codes) {
        long id = framework.createDimension(programmeId, new DimensionInput(unique("DIM"), "Dimensie", null, null,
                java.util.Arrays.stream(codes).map(c -> new DimensionInput.ValueInput(c, c, null, null)).toList(),
                null), admin);
        return dsl.fetch("select id from dimension_value where dimension_id = ? order by position", id)
                .getValues(0, Long.class);
    }

    /** Two municipality codes of the reference data (or test areas). */
    List<String> municipalities() {
        return dsl.select(AREA.CODE).from(AREA).where(AREA.KIND.eq(AreaKind.MUNICIPALITY)).orderBy(AREA.CODE).limit(2)
                .fetch(AREA.CODE);
    }

    /** The windows of the programme's periods, keyed by period id. */
    List<RollUps.Window> windows(List<Long> periodIds) {
        return periodIds.stream().map(id -> {
            var r = dsl.fetchSingle("select start_date, end_date from reporting_period where id = ?", id);
            return new RollUps.Window(String.valueOf(id), r.get(0, LocalDate.class), r.get(1, LocalDate.class));
        }).toList();
    }
}
