package org.regiomonitor.referencedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.SOURCE;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.referencedata.internal.SourceCatalog.Citations;
import org.regiomonitor.referencedata.internal.SourceCatalog.SourceUsage;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.StoredRecords;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The sources catalogue counts each source's citations up to its cap and says when there are more. */
@IntegrationTest
@Transactional
class SourceCatalogCapTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<StoredRecords> features;

    @Test
    void countsUpToTheCapAndFlagsMoreOnlyForRowsTheViewerMaySee() {
        SourceCatalog catalog = CappedSourceCatalog.of(dsl, features, 3);
        // three published organisations and one hidden: the cap plus one for an administrator, the cap for anyone
        String atCap = source();
        organisations(atCap, 3, true);
        organisations(atCap, 1, false);
        String below = source();
        organisations(below, 2, true);

        assertThat(usage(catalog.all(false), atCap).records()).isEqualTo(new Citations(3, false));
        assertThat(usage(catalog.all(true), atCap).records()).isEqualTo(new Citations(3, true));
        assertThat(usage(catalog.all(false), below).records()).isEqualTo(new Citations(2, false));
        assertThat(usage(catalog.all(true), below).records()).isEqualTo(new Citations(2, false));
        // the other uses of the same source count on their own
        assertThat(usage(catalog.all(true), atCap).statistics()).isEqualTo(new Citations(0, false));
        assertThat(usage(catalog.all(true), atCap).financial()).isEqualTo(new Citations(0, false));
    }

    private String source() {
        String code = "SRC-" + UUID.randomUUID();
        dsl.insertInto(SOURCE).set(SOURCE.CODE, code).set(SOURCE.TITLE, "Bron " + code)
                .set(SOURCE.KIND, SourceKind.DOCUMENT).execute();
        return code;
    }

    private void organisations(String code, int n, boolean published) {
        long source = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CODE.eq(code)).fetchSingle(SOURCE.ID);
        for (int i = 0; i < n; i++) {
            dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Org " + UUID.randomUUID())
                    .set(ORGANISATION.KIND, OrganisationKind.BUSINESS).set(ORGANISATION.PUBLISHED, published)
                    .set(ORGANISATION.SOURCE_ID, source).execute();
        }
    }

    private static SourceUsage usage(List<SourceUsage> all, String code) {
        return all.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
