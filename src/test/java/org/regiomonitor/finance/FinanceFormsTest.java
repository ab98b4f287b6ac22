package org.regiomonitor.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.FUNDER;
import static org.regiomonitor.db.Tables.MOBILISED_INVESTMENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The mobilised investment and funder forms. */
@IntegrationTest
class FinanceFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

    FinanceFixtures fx;
    long programme;
    UserPrincipal manager;

    @BeforeEach
    void setUp() {
        fx = new FinanceFixtures(dsl, users);
        programme = fx.programme(2023, 2027, "8.5", true);
        manager = fx.user(Role.PROGRAMME_MANAGER, programme, null);
    }

    private int mobilisedCount() {
        return dsl.fetchCount(MOBILISED_INVESTMENT, MOBILISED_INVESTMENT.PROGRAMME_ID.eq(programme));
    }

    @Test
    void managersAddAndChangeMobilisedInvestments() throws Exception {
        mvc.perform(get("/finance/mobilised/new").param("programme", String.valueOf(programme)).with(user(manager)))
                .andExpect(status().isOk());
        String invalid = mvc.perform(post("/finance/mobilised").with(csrf()).with(user(manager))
                        .param("programmeId", String.valueOf(programme)).param("description", "")
                        .param("amount", "12,345"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"description-error\"", "id=\"amount-error\"");
        assertThat(mobilisedCount()).isZero();

        mvc.perform(post("/finance/mobilised").with(csrf()).with(user(manager))
                        .param("programmeId", String.valueOf(programme)).param("description", "Chip fab")
                        .param("amount", "2500000,50"))
                .andExpect(status().is3xxRedirection());
        assertThat(mobilisedCount()).isEqualTo(1);
        long id = dsl.fetchValue(MOBILISED_INVESTMENT.ID, MOBILISED_INVESTMENT.PROGRAMME_ID.eq(programme));

        mvc.perform(post("/finance/mobilised/" + id).with(csrf()).with(user(manager))
                        .param("version", "0").param("description", "Chip fab, phase 2").param("amount", "3000000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/finance/mobilised/" + id).with(csrf()).with(user(manager))
                        .param("version", "0").param("description", "stale").param("amount", "1"))
                .andExpect(status().isConflict());
        assertThat(dsl.fetchValue(MOBILISED_INVESTMENT.DESCRIPTION, MOBILISED_INVESTMENT.ID.eq(id)))
                .isEqualTo("Chip fab, phase 2");

        UserPrincipal viewer = fx.user(Role.VIEWER, null, null);
        mvc.perform(post("/finance/mobilised/" + id).with(csrf()).with(user(viewer))
                        .param("version", "1").param("description", "x").param("amount", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsManageFunders() throws Exception {
        UserPrincipal admin = fx.user(Role.ADMIN, null, null);
        String name = FinanceFixtures.unique("Provincie Overijssel");
        mvc.perform(get("/finance/funders/new").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/finance/funders").with(csrf()).with(user(manager))
                .param("name", name).param("categoryCode", "PROVINCIE")).andExpect(status().isForbidden());

        mvc.perform(post("/finance/funders").with(csrf()).with(user(admin))
                .param("name", name).param("categoryCode", "PROVINCIE")).andExpect(status().is3xxRedirection());
        String duplicate = mvc.perform(post("/finance/funders").with(csrf()).with(user(admin))
                        .param("name", name.toUpperCase()).param("categoryCode", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("id=\"name-error\"", "id=\"categoryCode-error\"");
        assertThat(dsl.fetchCount(FUNDER, FUNDER.NAME.equalIgnoreCase(name))).isEqualTo(1);

        long id = dsl.fetchValue(FUNDER.ID, FUNDER.NAME.eq(name));
        mvc.perform(get("/finance/funders")).andExpect(status().isOk());
        mvc.perform(post("/finance/funders/" + id + "/delete").with(csrf()).with(user(admin)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(dsl.fetchCount(FUNDER, FUNDER.ID.eq(id))).isZero();
    }

    @Test
    void managersSeeTheEditActionsOnTheFinancePages() throws Exception {
        long regional = fx.funder("GEMEENTEN");
        long source = fx.source("Review report");
        fx.line(programme, null, regional, 2024, "13000000", "13000000", null, source);
        fx.mobilised(programme, "198000000", source);
        long line = fx.lineId(programme, null, regional);
        for (String url : new String[] {"/finance", "/programmes/" + programme + "/finance",
                "/finance/budget-lines/" + line}) {
            String html = mvc.perform(get(url).with(user(manager))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Review report");
        }
        assertThat(mvc.perform(get("/programmes/" + programme + "/finance").with(user(manager)))
                .andReturn().getResponse().getContentAsString())
                .contains("/finance/budget-lines/new?programme=" + programme, "/finance/mobilised/new?programme=" + programme);
        assertThat(mvc.perform(get("/finance/budget-lines/" + line).with(user(manager)))
                .andReturn().getResponse().getContentAsString())
                .contains("action=\"/finance/budget-lines/" + line + "/revisions\"", "name=\"version\" value=\"0\"");
        assertThat(mvc.perform(get("/programmes/" + programme + "/finance"))
                .andReturn().getResponse().getContentAsString())
                .doesNotContain("/finance/budget-lines/new?programme=");
    }
}
