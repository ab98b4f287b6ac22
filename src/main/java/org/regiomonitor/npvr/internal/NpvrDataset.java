package org.regiomonitor.npvr.internal;

import java.util.List;

/** The NPVR plan as transcribed from seed 004 ({@code referencedata/npvr/npvr.json}); absent fiche fields are null. */
public record NpvrDataset(Source source, List<Theme> themes, List<Goal> goals, List<Task> tasks,
        List<Milestone> milestones) {

    public record Source(String document, String file) {
    }

    public record Theme(String code, String titleNl, String titleEn, String titleDe, String parentCode, int position,
            String locator) {
    }

    public record Goal(String code, String kind, String titleNl, String descriptionNl, int position, String locator) {
    }

    public record Ministry(String name, boolean primary) {
    }

    public record Task(int number, String themeCode, String titleNl, String titleEn, String titleDe,
            String titleLocator, String task, String taskLocator, String situation, String situationLocator,
            String ongoing, String ongoingLocator, String ownershipAdministrative, String ownershipExecutive,
            String ownershipLocator, List<Ministry> ministries, String ministriesNote, String ministriesText,
            String ministriesLocator, String needed, String neededLocator, String bottlenecks,
            String bottlenecksLocator, String impact, String impactLocator, String interventionsRijk,
            String interventionsRegion, String interventionsJoint, String interventionsLocator, String followUp,
            String followUpLocator, List<String> goalCodes, List<String> indicatorCodes) {

        /** The monitor indicators the fiche's own figures are about (empty when it names none). */
        public List<String> indicatorCodes() {
            return indicatorCodes == null ? List.of() : indicatorCodes;
        }
    }

    public record Milestone(String code, String titleNl, String titleEn, String titleDe, int plannedYear,
            Integer plannedQuarter, String locator) {
    }
}
