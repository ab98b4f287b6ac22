package org.regiomonitor.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regiomonitor.iati.internal.Activity;
import org.regiomonitor.iati.internal.IatiSettings;
import org.regiomonitor.iati.internal.codelist.IatiCode;
import org.regiomonitor.iati.internal.codelist.OrganisationType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Only codes from the IATI code lists (issue 9, acceptance 5): every code-list enum holds official codes only, the
 * activity model takes codes only as those enums, and a setting that names a code outside its list stops the start.
 */
class IatiCodesTest {

    /** The enums of the code lists, each with the official list it copies. */
    static final List<Class<? extends IatiCode>> CODE_LISTS = List.of(
            org.regiomonitor.iati.internal.codelist.OrganisationRole.class,
            org.regiomonitor.iati.internal.codelist.OrganisationType.class,
            org.regiomonitor.iati.internal.codelist.ActivityStatus.class,
            org.regiomonitor.iati.internal.codelist.ActivityDateType.class,
            org.regiomonitor.iati.internal.codelist.TransactionType.class,
            org.regiomonitor.iati.internal.codelist.BudgetType.class,
            org.regiomonitor.iati.internal.codelist.BudgetStatus.class,
            org.regiomonitor.iati.internal.codelist.IndicatorMeasure.class,
            org.regiomonitor.iati.internal.codelist.RelatedActivityType.class,
            org.regiomonitor.iati.internal.codelist.SectorVocabulary.class,
            org.regiomonitor.iati.internal.codelist.ResultType.class,
            org.regiomonitor.iati.internal.codelist.DescriptionType.class,
            org.regiomonitor.iati.internal.codelist.IndicatorVocabulary.class,
            org.regiomonitor.iati.internal.codelist.GeographicLocationClass.class,
            org.regiomonitor.iati.internal.codelist.LocationType.class,
            org.regiomonitor.iati.internal.codelist.DocumentCategory.class,
            org.regiomonitor.iati.internal.codelist.FileFormat.class,
            org.regiomonitor.iati.internal.codelist.Currency.class,
            org.regiomonitor.iati.internal.codelist.Country.class,
            org.regiomonitor.iati.internal.codelist.Language.class);

    /** Complete lists (their enum must hold every code, not a selection). */
    static final Set<String> COMPLETE = Set.of("OrganisationRole", "OrganisationType", "ActivityStatus",
            "ActivityDateType", "TransactionType", "BudgetType", "BudgetStatus", "IndicatorMeasure",
            "RelatedActivityType", "SectorVocabulary", "ResultType", "DescriptionType", "IndicatorVocabulary",
            "GeographicLocationClass");

    @Test
    void everyCodeListEnumHoldsOfficialCodesOnly() {
        assertThat(CODE_LISTS.stream().map(Class::getSimpleName)).containsExactlyInAnyOrderElementsOf(
                IatiRules.OFFICIAL.keySet());
        for (Class<? extends IatiCode> list : CODE_LISTS) {
            Set<String> official = IatiRules.OFFICIAL.get(list.getSimpleName());
            Set<String> codes = Arrays.stream(list.getEnumConstants()).map(IatiCode::code).collect(Collectors.toSet());
            assertThat(codes).as(list.getSimpleName()).isSubsetOf(official).hasSize(list.getEnumConstants().length);
            if (COMPLETE.contains(list.getSimpleName())) {
                assertThat(codes).as(list.getSimpleName()).isEqualTo(official);
            }
        }
    }

    /**
     * The activity model, which is all the writer takes, holds every code as a code-list enum: a field named like a
     * code (type, status, role, measure, vocabulary) of another type would let a free string through.
     */
    @Test
    void theActivityModelTakesCodesOnlyAsCodeListEnums() {
        Set<String> codeNames = Set.of("type", "status", "role", "measure", "vocabulary", "providerType");
        int checked = 0;
        for (Class<?> type : modelTypes()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (codeNames.contains(c.getName())) {
                    assertThat(IatiCode.class).as(type.getSimpleName() + "." + c.getName())
                            .isAssignableFrom(c.getType());
                    assertThat(c.getType().isEnum()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    private static List<Class<?>> modelTypes() {
        List<Class<?>> types = new java.util.ArrayList<>(List.of(Activity.class));
        types.addAll(Arrays.stream(Activity.class.getDeclaredClasses()).filter(Class::isRecord).toList());
        return types;
    }

    @Test
    void aReportingOrganisationTypeOutsideTheCodeListStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("regiomonitor.iati.reporting-org.type", "12")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining(IatiSettings.TYPE + " '12' is not a code of the IATI OrganisationType")
                .hasMessageContaining("11 (LOCAL_GOVERNMENT)");
        assertThatThrownBy(() -> bind(Map.of("regiomonitor.iati.reporting-org.ref", "NL-KVK/123")))
                .rootCause().hasMessageContaining("may not contain /, &, |, ? or spaces");
        assertThatThrownBy(() -> bind(Map.of("regiomonitor.iati.reporting-org.ref", "NL-KVK 123")))
                .rootCause().hasMessageContaining("may not contain");
        IatiSettings ok = bind(Map.of("regiomonitor.iati.reporting-org.ref", " NL-KVK-41032513 ",
                "regiomonitor.iati.reporting-org.name", "Twente Board", "regiomonitor.iati.reporting-org.type", "11"));
        assertThat(ok.missing()).isEmpty();
        assertThat(ok.reportingOrganisation().ref()).isEqualTo("NL-KVK-41032513");
        assertThat(ok.reportingOrganisation().type()).isEqualTo(OrganisationType.LOCAL_GOVERNMENT);
        IatiSettings partly = bind(Map.of("regiomonitor.iati.reporting-org.name", "Twente Board"));
        assertThat(partly.missing()).containsExactly(IatiSettings.REF, IatiSettings.TYPE);
        assertThat(new IatiSettings(null).missing()).containsExactly(IatiSettings.REF, IatiSettings.NAME,
                IatiSettings.TYPE);
    }

    private static IatiSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("regiomonitor.iati",
                IatiSettings.class);
    }
}
