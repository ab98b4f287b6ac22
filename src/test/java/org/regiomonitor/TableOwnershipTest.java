package org.regiomonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.TreeSet;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.regiomonitor.db.DefaultSchema;
import org.regiomonitor.voucher.OwnershipViolationFixture;
import org.springframework.modulith.core.ApplicationModule;

/** Each table has one owning feature; no feature touches another feature's tables or internals. */
class TableOwnershipTest {

    static final List<String> FEATURES = ModularityTest.MODULES.stream()
            .map(ApplicationModule::getBasePackage)
            .map(p -> p.getName().substring(TableOwnership.ROOT.length() + 1))
            .toList();
    static final TableOwnership OWNERSHIP = new TableOwnership(FEATURES);

    @Test
    void everyTableHasAnOwner() {
        var tables = new TreeSet<String>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).forEach(tables::add);
        assertThat(OWNERSHIP.ownerByTable.keySet())
                .as("tables declared with @OwnsTables on a feature's package-info")
                .containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void featuresTouchOnlyTheirOwnTablesAndOtherFeaturesApis() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(TableOwnership.ROOT);
        OWNERSHIP.rule().check(production);
    }

    @Test
    void theRuleFailsOnAClassThatTouchesAnotherFeaturesTableOrInternals() {
        JavaClasses fixture = new ClassFileImporter().importClasses(OwnershipViolationFixture.class);
        assertThatThrownBy(() -> OWNERSHIP.rule().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("table project_partner is owned by portfolio, not voucher")
                .hasMessageContaining("table budget_line is owned by finance, not voucher")
                .hasMessageContaining("table budget_revision is owned by finance, not voucher")
                .hasMessageContaining("area internals, not its API");
    }
}
