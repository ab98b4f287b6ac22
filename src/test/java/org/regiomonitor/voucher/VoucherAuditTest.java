package org.regiomonitor.voucher;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.AuditTrail;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Creating and changing a voucher leaves audit records with the actor and the values. */
@IntegrationTest
class VoucherAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditLog audit;

    @Test
    void createAndUpdateAreRecordedWithBeforeAndAfter() throws Exception {
        OrgVoucherTestData data = new OrgVoucherTestData(dsl, users);
        long programme = data.programme(true);
        TestUser manager = data.manager(programme);
        String body = """
                {"programmeId": %d, "scheme": "MKB-innovatievoucher", "schemeKind": "INNOVATION_VOUCHER",
                 "quantity": %d, "amount": %s, "awardYear": 2024, "recipientKind": "SME"%s}""";
        String location = mvc.perform(post("/api/vouchers").with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(programme, 3, "15000", "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        AuditTrail.of(audit, "voucher_award", id).assertChange("CREATE", "voucher_award", manager.username(), null,
                Map.of("scheme", "MKB-innovatievoucher", "quantity", 3, "amount", 15000, "programme_id", programme));

        mvc.perform(put(location).with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(programme, 4, "20000", ", \"version\": 0")))
                .andExpect(status().isOk());
        AuditTrail.of(audit, "voucher_award", id).assertChange("UPDATE", "voucher_award", manager.username(),
                Map.of("quantity", 3, "amount", 15000), Map.of("quantity", 4, "amount", 20000));
    }
}
