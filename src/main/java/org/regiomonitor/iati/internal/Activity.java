package org.regiomonitor.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.regiomonitor.iati.internal.codelist.ActivityDateType;
import org.regiomonitor.iati.internal.codelist.ActivityStatus;
import org.regiomonitor.iati.internal.codelist.BudgetStatus;
import org.regiomonitor.iati.internal.codelist.BudgetType;
import org.regiomonitor.iati.internal.codelist.IndicatorMeasure;
import org.regiomonitor.iati.internal.codelist.OrganisationRole;
import org.regiomonitor.iati.internal.codelist.OrganisationType;
import org.regiomonitor.iati.internal.codelist.RelatedActivityType;
import org.regiomonitor.iati.internal.codelist.ResultType;
import org.regiomonitor.iati.internal.codelist.SectorVocabulary;
import org.regiomonitor.iati.internal.codelist.TransactionType;

/**
 * One IATI activity (a programme or a project) as the file writes it: every code is a code-list enum, every text
 * Dutch with English where there is one. {@link ActivityAssembler} builds it by the mapping rules,
 * {@link ActivitiesXml} writes it in the schema's element order.
 *
 * @param hierarchy 1 for a programme, 2 for a project
 * @param notes     what the file leaves out of this activity and why, written as XML comments (English)
 */
public record Activity(String identifier, int hierarchy, Texts title, Texts description,
        List<Participant> participants, ActivityStatus status, List<DateEntry> dates, List<Location> locations,
        List<Sector> sectors, List<Budget> budgets, List<Transaction> transactions, List<Link> links,
        List<Related> related, List<Result> results, List<String> notes) {

    /** A text in Dutch and, where there is one, English (null). */
    public record Texts(String nl, String en) {

        public static Texts nl(String nl) {
            return new Texts(nl, null);
        }
    }

    /** @param type null when the organisation's kind does not determine an IATI type */
    public record Participant(OrganisationRole role, OrganisationType type, String name) {
    }

    /** @param note why this date (e.g. derived from the programme), or null */
    public record DateEntry(ActivityDateType type, LocalDate date, Texts note) {
    }

    /**
     * A municipality (or region) the activity reaches.
     *
     * @param ref          its CBS code, also what result values refer to
     * @param municipality a Dutch municipality: classed as an administrative region of the second order
     */
    public record Location(String ref, Texts name, Texts description, boolean municipality) {
    }

    /** @param percentage its share of the vocabulary's 100 */
    public record Sector(SectorVocabulary vocabulary, String code, BigDecimal percentage, Texts name) {
    }

    public record Budget(BudgetType type, BudgetStatus status, LocalDate start, LocalDate end, BigDecimal value) {
    }

    /** @param providerType null when the funder's category does not determine an IATI type */
    public record Transaction(TransactionType type, LocalDate date, BigDecimal value, Texts description,
            String providerName, OrganisationType providerType) {
    }

    public record Link(String url, Texts title) {
    }

    public record Related(RelatedActivityType type, String ref) {
    }

    public record Result(ResultType type, Texts title, Texts description, List<Indicator> indicators) {
    }

    /** @param reference a catalogue code (the reporting organisation's own indicator vocabulary), or null */
    public record Indicator(IndicatorMeasure measure, boolean ascending, Texts title, Texts description,
            String reference, Baseline baseline, List<Period> periods) {
    }

    /** @param value null when unknown or qualitative */
    public record Baseline(int year, LocalDate date, String value, Texts comment) {
    }

    public record Period(LocalDate start, LocalDate end, List<Value> targets, List<Value> actuals) {
    }

    /**
     * A target or an actual: the whole value, or a part of it for a location (the activity's location ref) or a
     * dimension value.
     *
     * @param value     null for a qualitative value (the comment says it)
     * @param location  a location ref of the activity, or null
     * @param dimension the dimension's name and value, or null
     */
    public record Value(String value, String location, Dimension dimension, Texts comment) {
    }

    public record Dimension(String name, String value) {
    }
}
