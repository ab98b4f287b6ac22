package org.regiomonitor.iati.internal;

import java.util.List;
import org.regiomonitor.iati.internal.codelist.ActivityStatus;
import org.regiomonitor.iati.internal.codelist.IndicatorMeasure;
import org.regiomonitor.iati.internal.codelist.OrganisationRole;
import org.regiomonitor.iati.internal.codelist.OrganisationType;
import org.regiomonitor.iati.internal.codelist.ResultType;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.results.Measure;

/**
 * The product's terms in IATI codes, one switch each (docs/iati.md explains every choice). Where a term does not
 * determine a code (a "government" organisation may be national or local), the answer is null: the file leaves the
 * attribute out rather than guess.
 */
final class Mappings {

    private Mappings() {
    }

    /** The roles of a project partner: the lead is accountable for the project and carries it out. */
    static List<OrganisationRole> roles(PartnerRole role) {
        return switch (role) {
            case LEAD -> List.of(OrganisationRole.ACCOUNTABLE, OrganisationRole.IMPLEMENTING);
            case IMPLEMENTING, KNOWLEDGE -> List.of(OrganisationRole.IMPLEMENTING);
            case CO_FINANCING -> List.of(OrganisationRole.FUNDING);
        };
    }

    /** An organisation's kind as an IATI type, where it determines one. */
    static OrganisationType type(OrganisationKind kind) {
        return switch (kind) {
            case EDUCATION -> OrganisationType.ACADEMIC_TRAINING_RESEARCH;
            case BUSINESS -> OrganisationType.PRIVATE_SECTOR;
            // national (10) or local (11) government; foundation (60) or NGO (21-24): not told by the kind
            case GOVERNMENT, CIVIL_SOCIETY -> null;
        };
    }

    /** A funder category (funder_category.code) as an IATI type, where it determines one. */
    static OrganisationType fundingType(String category) {
        return switch (category == null ? "" : category) {
            case "RIJK" -> OrganisationType.GOVERNMENT;
            case "PROVINCIE", "GEMEENTEN" -> OrganisationType.LOCAL_GOVERNMENT;
            case "ONDERWIJS" -> OrganisationType.ACADEMIC_TRAINING_RESEARCH;
            case "PRIVAAT" -> OrganisationType.PRIVATE_SECTOR;
            // EU institutions are no single IATI type; "other" funders are of any type
            default -> null;
        };
    }

    static ActivityStatus status(ProgrammeStatus status) {
        return switch (status) {
            case PLANNED -> ActivityStatus.PIPELINE_IDENTIFICATION;
            case RUNNING -> ActivityStatus.IMPLEMENTATION;
            // the work is done; whether the books are closed the product does not know, so not CLOSED
            case COMPLETED -> ActivityStatus.FINALISATION;
        };
    }

    static ActivityStatus status(ProjectStatus status) {
        return switch (status) {
            case APPLICATION, UNDER_ASSESSMENT, APPROVED -> ActivityStatus.PIPELINE_IDENTIFICATION;
            case REJECTED -> ActivityStatus.CANCELLED;
            case RUNNING -> ActivityStatus.IMPLEMENTATION;
            case COMPLETED -> ActivityStatus.FINALISATION;
            // the funded activity is over; what the partners carry on is no longer this activity
            case CONTINUED_INDEPENDENTLY -> ActivityStatus.CLOSED;
        };
    }

    /** Whether a project in this state has started (so its start date, when past, is its actual start). */
    static boolean started(ProjectStatus status) {
        return status == ProjectStatus.RUNNING || ended(status);
    }

    /** Whether a project in this state has ended (so its end date, when past, is its actual end). */
    static boolean ended(ProjectStatus status) {
        return status == ProjectStatus.COMPLETED || status == ProjectStatus.CONTINUED_INDEPENDENTLY;
    }

    static IndicatorMeasure measure(Measure measure) {
        return switch (measure) {
            case UNIT -> IndicatorMeasure.UNIT;
            case PERCENTAGE -> IndicatorMeasure.PERCENTAGE;
            case QUALITATIVE -> IndicatorMeasure.QUALITATIVE;
        };
    }

    static ResultType type(org.regiomonitor.results.ResultType type) {
        return switch (type) {
            case OUTPUT -> ResultType.OUTPUT;
            case OUTCOME -> ResultType.OUTCOME;
            case IMPACT -> ResultType.IMPACT;
        };
    }
}
