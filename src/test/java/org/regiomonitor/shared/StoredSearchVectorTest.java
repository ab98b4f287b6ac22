package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.PROJECT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.regiomonitor.security.UserAdministration;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.voucher.OrgVoucherTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stored search vectors of projects and organisations (V45) are the vector the site search computes for the
 * small tables ({@link FullText#weighted}), after inserts and updates, and stay out of the audit trail.
 */
@IntegrationTest
class StoredSearchVectorTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAdministration users;

    @Test
    void storedVectorsAreTheComputedOnesAfterEveryWrite() {
        OrgVoucherTestData data = new OrgVoucherTestData(dsl, users);
        String tag = OrgVoucherTestData.word();
        long project = data.project("Coöperatie " + tag, "Ondernemers in België", true, null);
        long organisation = data.organisation("Stichting " + tag, null, true);
        dsl.update(PROJECT).set(PROJECT.SUMMARY, (String) null).set(PROJECT.TITLE, "Nieuwe titel " + tag)
                .where(PROJECT.ID.eq(project)).execute();
        dsl.update(ORGANISATION).set(ORGANISATION.DESCRIPTION, "Werkt aan innovatie")
                .where(ORGANISATION.ID.eq(organisation)).execute();

        // every row, also the reference data's
        assertThat(dsl.fetchCount(PROJECT, FullText.storedVector(PROJECT)
                .isDistinctFrom(FullText.weighted(PROJECT.TITLE, PROJECT.SUMMARY)))).isZero();
        assertThat(dsl.fetchCount(ORGANISATION, FullText.storedVector(ORGANISATION)
                .isDistinctFrom(FullText.weighted(ORGANISATION.NAME, ORGANISATION.DESCRIPTION)))).isZero();
        // and they hold the new words, weighted: a name A, a text D
        assertThat(dsl.select(FullText.storedVector(PROJECT).cast(String.class)).from(PROJECT)
                .where(PROJECT.ID.eq(project)).fetchSingle().value1()).contains("'titel':2A").doesNotContain("belgi");
        assertThat(dsl.select(FullText.storedVector(ORGANISATION).cast(String.class)).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(organisation)).fetchSingle().value1()).contains("'stichting':1A")
                .containsPattern("'innovatie':\\d+( |$)"); // weight D, the default, is not written
    }

    @Test
    void theAuditTrailLeavesTheVectorOut() {
        OrgVoucherTestData data = new OrgVoucherTestData(dsl, users);
        String tag = OrgVoucherTestData.word();
        long project = data.project("Audit " + tag, "Eerste tekst", true, null);
        dsl.update(PROJECT).set(PROJECT.SUMMARY, "Tweede tekst").where(PROJECT.ID.eq(project)).execute();
        long organisation = data.organisation("Audit " + tag, null, true);
        dsl.update(ORGANISATION).set(ORGANISATION.NAME, "Audit twee " + tag)
                .where(ORGANISATION.ID.eq(organisation)).execute();
        List<String> records = dsl.fetch("select coalesce(before::text, '') || coalesce(after::text, '') from audit_event "
                + "where (table_name = 'project' and entity_id = ?) or (table_name = 'organisation' and entity_id = ?)",
                project, organisation).getValues(0, String.class);
        assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r).doesNotContain("search_vector", "title_fold",
                "summary_fold"));
        // the stored folds of the text filter (V51) follow the change as the vector does
        assertThat(dsl.fetchCount(PROJECT, DSL.condition("title_fold is distinct from search_fold(title) "
                + "or summary_fold is distinct from search_fold(summary)"))).isZero();
        assertThat(dsl.fetchValue("select summary_fold from project where id = ?", project)).isEqualTo("tweede tekst");
        assertThat(records).anySatisfy(r -> assertThat(r).contains("Tweede tekst"));
    }
}
