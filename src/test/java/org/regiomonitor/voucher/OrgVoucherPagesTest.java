package org.regiomonitor.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every page of the organisation, voucher and search features renders in Dutch, English and German. */
@IntegrationTest
class OrgVoucherPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

    @Test
    void allPagesRenderInEveryLanguageWithoutMissingMessages() throws Exception {
        OrgVoucherTestData data = new OrgVoucherTestData(dsl, users);
        TestUser admin = data.user(Role.ADMIN);
        long programme = data.programme(true);
        long municipality = data.area("MUNICIPALITY");
        long source = data.source();
        String tag = OrgVoucherTestData.word();
        long org = data.organisation("Pagina " + tag, "Omschrijving " + tag, true);
        long project = data.project("Project " + tag, "Samenvatting", true, programme);
        data.lead(project, org);
        data.funder("Financier " + tag, org);
        long voucher = data.voucher(programme, "Scheme <" + tag + ">", SchemeKind.TRAINING_CHEQUE, 2, null,
                municipality, source, true);
        for (String lang : new String[] {"nl", "en", "de"}) {
            for (String url : new String[] {"/organisations", "/organisations/" + org, "/organisations/new",
                    "/organisations/" + org + "/edit", "/vouchers", "/vouchers/new", "/vouchers/" + voucher + "/edit",
                    "/search?q=" + tag, "/search"}) {
                String html = mvc.perform(get(url).param("lang", lang).with(admin.principal()))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as(url + " in " + lang).doesNotContain("??").contains("lang=\"" + lang + "\"");
                // user text never becomes markup, not even inside the chart JSON
                assertThat(html).doesNotContain("<" + tag + ">");
            }
        }
    }
}
