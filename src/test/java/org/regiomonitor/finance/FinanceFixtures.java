package org.regiomonitor.finance;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.BUDGET_LINE;
import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.util.UUID;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.TestUsers;

/** Rows for finance tests, each with a unique name, so tests never depend on what else is in the database. */
public class FinanceFixtures {

    public static final String PASSWORD = "secret-Passw0rd";

    private final DSLContext dsl;
    private final UserAdministration users;

    public FinanceFixtures(DSLContext dsl, UserAdministration users) {
        this.dsl = dsl;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long programme(Integer start, Integer end, String target, boolean published) {
        String code = unique("FIN");
        return dsl.insertInto(PROGRAMME)
                .set(PROGRAMME.CODE, code)
                .set(PROGRAMME.NAME, "Programme " + code)
                .set(PROGRAMME.START_YEAR, start)
                .set(PROGRAMME.END_YEAR, end)
                .set(PROGRAMME.MULTIPLIER_TARGET, target == null ? null : new BigDecimal(target))
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING)
                .set(PROGRAMME.PUBLISHED, published)
                .returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
    }

    public String programmeName(long id) {
        return dsl.fetchValue(PROGRAMME.NAME, PROGRAMME.ID.eq(id));
    }

    public void programmeTargetSource(long programmeId, long sourceId, String locator) {
        dsl.update(PROGRAMME).set(PROGRAMME.MULTIPLIER_TARGET_SOURCE_ID, sourceId)
                .set(PROGRAMME.MULTIPLIER_TARGET_SOURCE_LOCATOR, locator)
                .where(PROGRAMME.ID.eq(programmeId)).execute();
    }

    public long project(boolean published, long... programmeIds) {
        long id = dsl.insertInto(PROJECT)
                .set(PROJECT.TITLE, unique("Project"))
                .set(PROJECT.STATUS, ProjectStatus.RUNNING)
                .set(PROJECT.PUBLISHED, published)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        for (long p : programmeIds) {
            dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, id)
                    .set(PROJECT_PROGRAMME.PROGRAMME_ID, p).execute();
        }
        return id;
    }

    public String area(String kind) {
        String code = unique("GMT").toUpperCase();
        dsl.insertInto(AREA).set(AREA.CODE, code).set(AREA.NAME, "Area " + code).set(AREA.KIND, AreaKind.valueOf(kind)).execute();
        return code;
    }

    public void projectReaches(long projectId, String areaCode) {
        dsl.insertInto(PROJECT_AREA).set(PROJECT_AREA.PROJECT_ID, projectId)
                .set(PROJECT_AREA.AREA_ID, dsl.select(AREA.ID).from(AREA).where(AREA.CODE.eq(areaCode)).asField())
                .execute();
    }

    public long funder(String category) {
        return dsl.insertInto(FUNDER).set(FUNDER.NAME, unique("Funder " + category))
                .set(FUNDER.CATEGORY_CODE, category)
                .returning(FUNDER.ID).fetchSingle(FUNDER.ID);
    }

    public long source(String title) {
        return dsl.insertInto(SOURCE).set(SOURCE.CODE, unique("SRC")).set(SOURCE.TITLE, title)
                .set(SOURCE.KIND, SourceKind.DOCUMENT).set(SOURCE.URL, "https://example.org/" + unique("doc"))
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
    }

    /** A line with one revision, written directly (for read tests). */
    public long line(Long programmeId, Long projectId, long funderId, Integer year, String budgeted, String committed,
            String realised, Long sourceId) {
        long id = dsl.insertInto(BUDGET_LINE).set(BUDGET_LINE.PROGRAMME_ID, programmeId)
                .set(BUDGET_LINE.PROJECT_ID, projectId).set(BUDGET_LINE.FUNDER_ID, funderId)
                .set(BUDGET_LINE.YEAR, year)
                .returning(BUDGET_LINE.ID).fetchSingle(BUDGET_LINE.ID);
        dsl.insertInto(BUDGET_REVISION).set(BUDGET_REVISION.BUDGET_LINE_ID, id).set(BUDGET_REVISION.REVISION, 1)
                .set(BUDGET_REVISION.BUDGETED, dec(budgeted)).set(BUDGET_REVISION.COMMITTED, dec(committed))
                .set(BUDGET_REVISION.REALISED, dec(realised)).set(BUDGET_REVISION.RECORDED_BY, "fixture")
                .set(BUDGET_REVISION.SOURCE_ID, sourceId).set(BUDGET_REVISION.SOURCE_LOCATOR, "table 1")
                .execute();
        return id;
    }

    public void mobilised(long programmeId, String amount, Long sourceId) {
        dsl.insertInto(MOBILISED_INVESTMENT).set(MOBILISED_INVESTMENT.PROGRAMME_ID, programmeId)
                .set(MOBILISED_INVESTMENT.DESCRIPTION, unique("Investment"))
                .set(MOBILISED_INVESTMENT.AMOUNT, dec(amount))
                .set(MOBILISED_INVESTMENT.SOURCE_ID, sourceId)
                .set(MOBILISED_INVESTMENT.SOURCE_LOCATOR, "section MULTIPLIER")
                .execute();
    }

    public int lineCount(Long programmeId, Long projectId) {
        return dsl.fetchCount(BUDGET_LINE, programmeId != null ? BUDGET_LINE.PROGRAMME_ID.eq(programmeId)
                : BUDGET_LINE.PROJECT_ID.eq(projectId));
    }

    public int revisionCount(long lineId) {
        return dsl.fetchCount(BUDGET_REVISION, BUDGET_REVISION.BUDGET_LINE_ID.eq(lineId));
    }

    public Long lineId(Long programmeId, Long projectId, long funderId) {
        return dsl.select(BUDGET_LINE.ID).from(BUDGET_LINE)
                .where(programmeId != null ? BUDGET_LINE.PROGRAMME_ID.eq(programmeId)
                        : BUDGET_LINE.PROJECT_ID.eq(projectId))
                .and(BUDGET_LINE.FUNDER_ID.eq(funderId)).fetchOne(BUDGET_LINE.ID);
    }

    public int version(long lineId) {
        return dsl.fetchValue(BUDGET_LINE.VERSION, BUDGET_LINE.ID.eq(lineId));
    }

    /** A user with the role (and the programme or project assigned); its username is the principal's. */
    public UserPrincipal user(Role role, Long programmeId, Long projectId) {
        String name = unique(role.name().toLowerCase());
        long id = users.createUser(name, name, PASSWORD, role);
        if (programmeId != null) {
            users.assignProgramme(id, programmeId);
        }
        if (projectId != null) {
            users.assignProject(id, projectId);
        }
        return TestUsers.principal(id, name, role);
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
