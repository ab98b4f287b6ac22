package org.regiomonitor.npvr.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The editable part of a task: the fiche texts (null or blank: the fiche says nothing) and the links to projects and
 * to indicators (by code), with the version read.
 */
public record TaskInput(
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String task,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String situation,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String ongoing,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String ownershipAdministrative,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String ownershipExecutive,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String needed,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String bottlenecks,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String impact,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String interventionsRijk,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String interventionsRegion,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String interventionsJoint,
        @Size(max = Fiche.MAX_LENGTH, message = "{npvr.error.tooLong}") String followUp,
        @Size(max = 200, message = "{npvr.error.tooMany}") List<Long> projectIds,
        @Size(max = 200, message = "{npvr.error.tooMany}") List<String> indicatorCodes,
        @NotNull(message = "{npvr.error.required}") Integer version) {

    /** The text of a fiche field by its name ({@link Fiche#field()}). */
    String text(Fiche f) {
        return switch (f) {
            case TASK -> task;
            case SITUATION -> situation;
            case ONGOING -> ongoing;
            case OWNERSHIP_ADMINISTRATIVE -> ownershipAdministrative;
            case OWNERSHIP_EXECUTIVE -> ownershipExecutive;
            case NEEDED -> needed;
            case BOTTLENECKS -> bottlenecks;
            case IMPACT -> impact;
            case INTERVENTIONS_RIJK -> interventionsRijk;
            case INTERVENTIONS_REGION -> interventionsRegion;
            case INTERVENTIONS_JOINT -> interventionsJoint;
            case FOLLOW_UP -> followUp;
        };
    }
}
