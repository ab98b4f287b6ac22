package org.regiomonitor.npvr.internal;

import java.time.LocalDate;
import java.util.List;
import org.regiomonitor.npvr.MilestoneStatus;

/** What the NPVR pages and the API show. Titles: the English or German one when there is one, else the Dutch. */
public final class NpvrViews {

    private NpvrViews() {
    }

    static String pick(String language, String nl, String en, String de) {
        String chosen = switch (language == null ? "nl" : language) {
            case "en" -> en;
            case "de" -> de;
            default -> nl;
        };
        return chosen == null || chosen.isBlank() ? nl : chosen;
    }

    public record TaskBrief(int number, String titleNl, String titleEn, String titleDe) {
        public String title(String language) {
            return pick(language, titleNl, titleEn, titleDe);
        }
    }

    public record ThemeView(long id, String code, Long parentId, String titleNl, String titleEn, String titleDe,
            String sourceLocator, List<TaskBrief> tasks) {
        public String title(String language) {
            return pick(language, titleNl, titleEn, titleDe);
        }
    }

    public record MilestoneView(long id, String code, String titleNl, String titleEn, String titleDe, int plannedYear,
            Integer plannedQuarter, LocalDate plannedDate, MilestoneStatus status, String note, String sourceLocator,
            int version) {
        public String title(String language) {
            return pick(language, titleNl, titleEn, titleDe);
        }

        /** "2027", "2027 Q2" or the date, as the roadmap plans it. */
        public String planned() {
            if (plannedDate != null) {
                return plannedDate.toString();
            }
            return plannedQuarter == null ? String.valueOf(plannedYear) : plannedYear + " Q" + plannedQuarter;
        }
    }

    public record Ministry(String name, boolean primary) {
    }

    public record Goal(String code, String kind, String titleNl, String titleEn, String titleDe, String sourceLocator) {
        public String title(String language) {
            return pick(language, titleNl, titleEn, titleDe);
        }
    }

    /** A linked project the reader may see; {@code status} a {@code ProjectStatus} name. */
    public record ProjectLink(long id, String title, String status) {
    }

    /** One text of the fiche with the passage of seed 004 it comes from; {@code text} null where the fiche is empty. */
    public record FicheText(String field, String text, String sourceLocator) {
    }

    public record TaskView(long id, int number, String themeCode, String themeTitleNl, String themeTitleEn,
            String themeTitleDe, String titleNl, String titleEn, String titleDe, String titleLocator,
            List<FicheText> fiche, List<Ministry> ministries, String ministriesNote, String ministriesLocator,
            List<Goal> goals, List<ProjectLink> projects, List<String> indicatorCodes, int version) {
        public String title(String language) {
            return pick(language, titleNl, titleEn, titleDe);
        }

        public String themeTitle(String language) {
            return pick(language, themeTitleNl, themeTitleEn, themeTitleDe);
        }

        public String text(String field) {
            for (FicheText f : fiche) {
                if (f.field().equals(field)) {
                    return f.text();
                }
            }
            throw new IllegalArgumentException("No fiche field " + field);
        }
    }
}
