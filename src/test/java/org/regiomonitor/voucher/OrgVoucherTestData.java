package org.regiomonitor.voucher;

import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.AREA_MEMBERSHIP;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.security.SecureRandom;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.TestUsers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rows for the organisation, voucher and search tests. The database is shared with other tests, so
 * every name and code is made unique; tests assert on their own rows only.
 */
public class OrgVoucherTestData {

    public static final String PASSWORD = "test-password-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final UserAdministration users;

    public OrgVoucherTestData(DSLContext dsl, UserAdministration users) {
        this.dsl = dsl;
        this.users = users;
    }

    /** A unique lower-case word of letters only (the text-search parser keeps it as one word). */
    public static String word() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    public record TestUser(long id, String username, Role role) {

        public RequestPostProcessor principal() {
            return SecurityMockMvcRequestPostProcessors.user(TestUsers.principal(id, username, role));
        }

        public RequestPostProcessor basic() {
            return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
        }
    }

    public TestUser user(Role role) {
        String name = role.name().toLowerCase() + "-" + word();
        return new TestUser(users.createUser(name, null, PASSWORD, role), name, role);
    }

    public TestUser manager(long programmeId) {
        TestUser u = user(Role.PROGRAMME_MANAGER);
        users.assignProgramme(u.id(), programmeId);
        return u;
    }

    public long area(String kind) {
        String code = (kind.equals("MUNICIPALITY") ? "GMT" : "CRT") + word();
        return dsl.insertInto(AREA).set(AREA.CODE, code).set(AREA.NAME, "Gebied " + code).set(AREA.KIND, AreaKind.valueOf(kind))
                .returning(AREA.ID).fetchSingle(AREA.ID);
    }

    public String areaCode(long id) {
        return dsl.select(AREA.CODE).from(AREA).where(AREA.ID.eq(id)).fetchSingle(AREA.CODE);
    }

    public void membership(long parentId, long memberId) {
        dsl.insertInto(AREA_MEMBERSHIP).set(AREA_MEMBERSHIP.PARENT_ID, parentId)
                .set(AREA_MEMBERSHIP.MEMBER_ID, memberId).execute();
    }

    public long source() {
        String code = "TEST-" + word();
        return dsl.insertInto(SOURCE).set(SOURCE.CODE, code).set(SOURCE.TITLE, "Testbron " + code)
                .set(SOURCE.KIND, SourceKind.DOCUMENT).returning(SOURCE.ID).fetchSingle(SOURCE.ID);
    }

    public long programme(boolean published) {
        String code = "P-" + word();
        return dsl.insertInto(PROGRAMME).set(PROGRAMME.CODE, code).set(PROGRAMME.NAME, "Programma " + code)
                .set(PROGRAMME.STATUS, ProgrammeStatus.RUNNING).set(PROGRAMME.PUBLISHED, published)
                .returning(PROGRAMME.ID).fetchSingle(PROGRAMME.ID);
    }

    public long project(String title, String summary, boolean published, Long programmeId) {
        long id = dsl.insertInto(PROJECT).set(PROJECT.TITLE, title).set(PROJECT.SUMMARY, summary)
                .set(PROJECT.STATUS, ProjectStatus.RUNNING).set(PROJECT.PUBLISHED, published)
                .returning(PROJECT.ID).fetchSingle(PROJECT.ID);
        if (programmeId != null) {
            dsl.insertInto(PROJECT_PROGRAMME).set(PROJECT_PROGRAMME.PROJECT_ID, id)
                    .set(PROJECT_PROGRAMME.PROGRAMME_ID, programmeId).execute();
        }
        return id;
    }

    public void lead(long projectId, long organisationId) {
        dsl.update(PROJECT).set(PROJECT.LEAD_ORGANISATION_ID, organisationId).where(PROJECT.ID.eq(projectId)).execute();
    }

    public void partner(long projectId, long organisationId, String role) {
        dsl.insertInto(PROJECT_PARTNER).set(PROJECT_PARTNER.PROJECT_ID, projectId)
                .set(PROJECT_PARTNER.ORGANISATION_ID, organisationId).set(PROJECT_PARTNER.ROLE, PartnerRole.valueOf(role)).execute();
    }

    public long organisation(String name, String description, boolean published) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, OrganisationKind.BUSINESS)
                .set(ORGANISATION.DESCRIPTION, description).set(ORGANISATION.PUBLISHED, published)
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
    }

    public long funder(String name, long organisationId) {
        return dsl.insertInto(FUNDER).set(FUNDER.NAME, name).set(FUNDER.CATEGORY_CODE, "PROVINCIE")
                .set(FUNDER.ORGANISATION_ID, organisationId).returning(FUNDER.ID).fetchSingle(FUNDER.ID);
    }

    public long voucher(long programmeId, String scheme, SchemeKind kind, int quantity, BigDecimal amount,
            Long municipalityId, Long sourceId, boolean published) {
        return dsl.insertInto(VOUCHER_AWARD).set(VOUCHER_AWARD.PROGRAMME_ID, programmeId)
                .set(VOUCHER_AWARD.SCHEME, scheme).set(VOUCHER_AWARD.SCHEME_KIND, kind)
                .set(VOUCHER_AWARD.QUANTITY, quantity).set(VOUCHER_AWARD.AMOUNT, amount)
                .set(VOUCHER_AWARD.AWARD_YEAR, 2024).set(VOUCHER_AWARD.MUNICIPALITY_ID, municipalityId)
                .set(VOUCHER_AWARD.SOURCE_ID, sourceId).set(VOUCHER_AWARD.SOURCE_LOCATOR, "tabel 3")
                .set(VOUCHER_AWARD.PUBLISHED, published)
                .returning(VOUCHER_AWARD.ID).fetchSingle(VOUCHER_AWARD.ID);
    }
}
