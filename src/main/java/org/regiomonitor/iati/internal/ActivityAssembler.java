package org.regiomonitor.iati.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.finance.BudgetLines;
import org.regiomonitor.iati.internal.Activity.Baseline;
import org.regiomonitor.iati.internal.Activity.Budget;
import org.regiomonitor.iati.internal.Activity.DateEntry;
import org.regiomonitor.iati.internal.Activity.Dimension;
import org.regiomonitor.iati.internal.Activity.Indicator;
import org.regiomonitor.iati.internal.Activity.Link;
import org.regiomonitor.iati.internal.Activity.Location;
import org.regiomonitor.iati.internal.Activity.Participant;
import org.regiomonitor.iati.internal.Activity.Period;
import org.regiomonitor.iati.internal.Activity.Related;
import org.regiomonitor.iati.internal.Activity.Result;
import org.regiomonitor.iati.internal.Activity.Sector;
import org.regiomonitor.iati.internal.Activity.Texts;
import org.regiomonitor.iati.internal.Activity.Transaction;
import org.regiomonitor.iati.internal.Activity.Value;
import org.regiomonitor.iati.internal.codelist.ActivityDateType;
import org.regiomonitor.iati.internal.codelist.BudgetStatus;
import org.regiomonitor.iati.internal.codelist.BudgetType;
import org.regiomonitor.iati.internal.codelist.OrganisationRole;
import org.regiomonitor.iati.internal.codelist.RelatedActivityType;
import org.regiomonitor.iati.internal.codelist.SectorVocabulary;
import org.regiomonitor.iati.internal.codelist.TransactionType;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PortfolioOutline.ProgrammeOutline;
import org.regiomonitor.portfolio.PortfolioOutline.ProjectOutline;
import org.regiomonitor.portfolio.PortfolioOutline.StatusStep;
import org.regiomonitor.portfolio.PortfolioOutline.ThemeOutline;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.ResultFacts.IndicatorFact;
import org.regiomonitor.results.ResultFacts.PartFact;
import org.regiomonitor.results.ResultFacts.PeriodFact;
import org.regiomonitor.results.ResultFacts.ProjectResults;
import org.regiomonitor.results.ResultFacts.ResultFact;
import org.regiomonitor.results.ResultFacts.ValueFact;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.context.MessageSource;

/**
 * Turns the published portfolio into IATI activities by the rules of docs/iati.md: a programme is a parent
 * activity (hierarchy 1), each of its projects a child (hierarchy 2); money is reported where it was budgeted, never
 * twice; dates, codes and texts come from the data or say where they come from. An activity IATI cannot take
 * without inventing something (no start date, no participating organisation) is left out and named.
 */
public final class ActivityAssembler {

    /** Everything the file is made of, read in one transaction. */
    public record Input(List<ProgrammeOutline> programmes, Long programmeScope, List<ProjectOutline> projects,
            List<BudgetLines.Line> lines, Map<Long, ProjectResults> results, Map<Long, OrganisationKind> kinds,
            Map<String, String> municipalities, AreaSummary homeRegion, LocalDate today, String baseUrl) {
    }

    /** The activities in file order (programmes, then projects), and what was left out with the reason. */
    public record Assembled(List<Activity> activities, List<String> leftOut) {
    }

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** What a stable code may keep in an identifier; anything else becomes '-'. */
    private static final Pattern NOT_SAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Locale NL = Locale.of("nl");

    private final ReportingOrganisation reporter;
    private final MessageSource messages;
    private final Input in;
    private final Map<Long, ProgrammeOutline> programmesById = new LinkedHashMap<>();
    /** The programmes written in this file. */
    private final Map<Long, String> programmeIdentifiers = new LinkedHashMap<>();
    private final Map<Long, String> projectIdentifiers = new LinkedHashMap<>();
    private final List<String> leftOut = new ArrayList<>();
    /** The lines of each project and each programme's own, in the input's order: looked up, not searched for. */
    private final Map<Long, List<BudgetLines.Line>> linesByProject = new HashMap<>();
    private final Map<Long, List<BudgetLines.Line>> linesByProgramme = new HashMap<>();

    public ActivityAssembler(ReportingOrganisation reporter, MessageSource messages, Input in) {
        this.reporter = reporter;
        this.messages = messages;
        this.in = in;
        in.programmes().forEach(p -> programmesById.put(p.id(), p));
        for (BudgetLines.Line l : in.lines()) {
            if (l.projectId() != null) {
                linesByProject.computeIfAbsent(l.projectId(), k -> new ArrayList<>()).add(l);
            }
            if (l.programmeId() != null) {
                linesByProgramme.computeIfAbsent(l.programmeId(), k -> new ArrayList<>()).add(l);
            }
        }
    }

    /** The identifier of a programme: the reporting organisation's ref, "-PRG-" and the programme's code. */
    static String programmeIdentifier(String ref, String code) {
        return ref + "-PRG-" + NOT_SAFE.matcher(code).replaceAll("-");
    }

    /** The identifier of a project: the reporting organisation's ref, "-PRJ-" and the project's number. */
    static String projectIdentifier(String ref, long id) {
        return ref + "-PRJ-" + id;
    }

    public Assembled assemble() {
        List<ProgrammeOutline> inScope = in.programmes().stream()
                .filter(p -> in.programmeScope() == null || in.programmeScope() == p.id()).toList();
        Set<String> used = new HashSet<>();
        // what is in the file first: the hierarchy links point only at activities that are in it
        Map<Long, List<DateEntry>> programmeDates = new LinkedHashMap<>();
        Map<Long, List<Participant>> programmeParticipants = new LinkedHashMap<>();
        for (ProgrammeOutline p : inScope) {
            List<DateEntry> dates = programmeDates(p);
            List<Participant> participants = programmeParticipants(p);
            String id = programmeIdentifier(reporter.ref(), p.code());
            if (!hasStart(dates)) {
                leftOut.add("Programme " + p.code() + " is not in this file: no start year is known, and IATI "
                        + "requires a planned or actual start date.");
            } else if (participants.isEmpty()) {
                leftOut.add("Programme " + p.code() + NO_PARTICIPANT);
            } else if (!used.add(id)) {
                leftOut.add("Programme " + p.code() + " is not in this file: its identifier " + id + " is taken.");
            } else {
                programmeIdentifiers.put(p.id(), id);
                programmeDates.put(p.id(), dates);
                programmeParticipants.put(p.id(), participants);
            }
        }
        Map<Long, List<DateEntry>> projectDates = new LinkedHashMap<>();
        Map<Long, List<Participant>> projectParticipants = new LinkedHashMap<>();
        for (ProjectOutline p : in.projects()) {
            List<DateEntry> dates = projectDates(p);
            List<Participant> participants = projectParticipants(p);
            if (!hasStart(dates)) {
                leftOut.add("Project " + p.id() + " is not in this file: neither it nor its programmes have a "
                        + "start date, and IATI requires a planned or actual start date.");
            } else if (participants.isEmpty()) {
                leftOut.add("Project " + p.id() + NO_PARTICIPANT);
            } else {
                String id = projectIdentifier(reporter.ref(), p.id());
                used.add(id);
                projectIdentifiers.put(p.id(), id);
                projectDates.put(p.id(), dates);
                projectParticipants.put(p.id(), participants);
            }
        }
        List<Activity> activities = new ArrayList<>();
        for (ProgrammeOutline p : inScope) {
            if (programmeIdentifiers.containsKey(p.id())) {
                activities.add(programme(p, programmeDates.get(p.id()), programmeParticipants.get(p.id())));
            }
        }
        for (ProjectOutline p : in.projects()) {
            if (projectIdentifiers.containsKey(p.id())) {
                activities.add(project(p, projectDates.get(p.id()), projectParticipants.get(p.id())));
            }
        }
        return new Assembled(activities, List.copyOf(leftOut));
    }

    private static final String NO_PARTICIPANT = " is not in this file: no participating organisation is known "
            + "(owner, partner or funder), and IATI requires one.";

    private static boolean hasStart(List<DateEntry> dates) {
        return dates.stream().anyMatch(d -> d.type() == ActivityDateType.PLANNED_START
                || d.type() == ActivityDateType.ACTUAL_START);
    }

    // ---- programmes ------------------------------------------------------------------------------------------

    private Activity programme(ProgrammeOutline p, List<DateEntry> dates, List<Participant> participants) {
        List<String> notes = new ArrayList<>();
        List<BudgetLines.Line> own = ownLines(p);
        // funders that also fund a project of the programme: their programme money may hold that project money
        Set<Long> projectFunders = projectsOf(p.id()).stream()
                .flatMap(id -> linesByProject.getOrDefault(id, List.of()).stream())
                .map(BudgetLines.Line::funderId).collect(Collectors.toSet());
        List<BudgetLines.Line> money = own.stream().filter(l -> !projectFunders.contains(l.funderId())).toList();
        long withheld = own.stream().filter(l -> projectFunders.contains(l.funderId()) && l.current().anyKnown())
                .count();
        if (withheld > 0) {
            notes.add(withheld + " budget line(s) of this programme are not reported here: their funders also fund "
                    + "projects of the programme, so the amounts may hold the projects' money, which the projects "
                    + "report (no money is counted twice).");
        }
        List<Related> related = in.projects().stream()
                .filter(x -> x.programmeIds().contains(p.id()) && projectIdentifiers.containsKey(x.id()))
                .map(x -> new Related(RelatedActivityType.CHILD, projectIdentifiers.get(x.id()))).toList();
        Texts description = Text.isBlank(p.description())
                ? texts("iati.text.noDescription.programme", p.name(), p.code()) : Texts.nl(p.description());
        return new Activity(programmeIdentifiers.get(p.id()), 1, Texts.nl(p.name()), description, participants,
                Mappings.status(p.status()), dates, List.of(), sectors(p.themes()), budgets(money, notes),
                transactions(money, notes), List.of(new Link(url("/programmes/" + p.code()),
                        texts("iati.text.webPage"))), related, List.of(), notes);
    }

    private List<BudgetLines.Line> ownLines(ProgrammeOutline p) {
        return linesByProgramme.getOrDefault(p.id(), List.of());
    }

    /** The owner is accountable for the programme; the funders of its own lines fund it. */
    private List<Participant> programmeParticipants(ProgrammeOutline p) {
        List<Participant> participants = new ArrayList<>();
        if (p.ownerName() != null) {
            participants.add(new Participant(OrganisationRole.ACCOUNTABLE, organisationType(p.ownerOrganisationId()),
                    p.ownerName()));
        }
        ownLines(p).forEach(l -> participants.add(funder(l)));
        return distinct(participants);
    }

    private List<DateEntry> programmeDates(ProgrammeOutline p) {
        List<DateEntry> dates = new ArrayList<>();
        if (p.startYear() != null) {
            dates.add(new DateEntry(ActivityDateType.PLANNED_START, LocalDate.of(p.startYear(), 1, 1),
                    texts("iati.text.yearOnly")));
        }
        if (p.endYear() != null) {
            dates.add(new DateEntry(ActivityDateType.PLANNED_END, LocalDate.of(p.endYear(), 12, 31),
                    texts("iati.text.yearOnly")));
        }
        return dates;
    }

    private Set<Long> projectsOf(long programmeId) {
        return in.projects().stream().filter(x -> x.programmeIds().contains(programmeId)).map(ProjectOutline::id)
                .collect(Collectors.toSet());
    }

    // ---- projects --------------------------------------------------------------------------------------------

    private Activity project(ProjectOutline p, List<DateEntry> dates, List<Participant> participants) {
        List<String> notes = new ArrayList<>();
        List<BudgetLines.Line> money = projectLines(p);
        ProjectResults results = in.results().getOrDefault(p.id(), new ProjectResults(List.of(), null, null));
        List<Related> related = p.programmeIds().stream().filter(programmeIdentifiers::containsKey)
                .map(id -> new Related(RelatedActivityType.PARENT, programmeIdentifiers.get(id))).toList();
        List<Link> links = new ArrayList<>();
        links.add(new Link(url("/projects/" + p.id()), texts("iati.text.webPage")));
        p.links().stream().filter(l -> isWebAddress(l.url()) && !Text.isBlank(l.label()))
                .forEach(l -> links.add(new Link(l.url(), Texts.nl(l.label()))));
        Texts description = Text.isBlank(p.summary()) ? texts("iati.text.noDescription.project")
                : Texts.nl(p.summary());
        return new Activity(projectIdentifiers.get(p.id()), 2, Texts.nl(p.title()), description, participants,
                Mappings.status(p.status()), dates, locations(p, results), sectors(p.themes()), budgets(money, notes),
                transactions(money, notes), links, related, results(results, notes), notes);
    }

    private List<BudgetLines.Line> projectLines(ProjectOutline p) {
        return linesByProject.getOrDefault(p.id(), List.of());
    }

    /**
     * The owners of its programmes extend it; its partners by their role (see {@link Mappings#roles}); the funders
     * of its lines fund it, unless the funder's organisation is a co-financing partner already.
     */
    private List<Participant> projectParticipants(ProjectOutline p) {
        List<Participant> participants = new ArrayList<>();
        for (Long programmeId : p.programmeIds()) {
            ProgrammeOutline programme = programmesById.get(programmeId);
            if (programme != null && programme.ownerName() != null) {
                participants.add(new Participant(OrganisationRole.EXTENDING,
                        organisationType(programme.ownerOrganisationId()), programme.ownerName()));
            }
        }
        p.partners().forEach(x -> Mappings.roles(x.role()).forEach(role -> participants.add(
                new Participant(role, organisationType(x.organisationId()), x.name()))));
        projectLines(p).forEach(l -> {
            boolean partnerAlready = l.funderOrganisationId() != null && p.partners().stream().anyMatch(x ->
                    x.organisationId() == l.funderOrganisationId() && Mappings.roles(x.role())
                            .contains(OrganisationRole.FUNDING));
            if (!partnerAlready) {
                participants.add(funder(l));
            }
        });
        return distinct(participants);
    }

    /**
     * Planned dates as recorded; the actual start and end from the lifecycle (the day the project became running,
     * completed) or, for a project that has started or ended, its recorded date when that is past. Without any
     * start, the planned start is 1 January of the first year of its earliest programme, saying so. No actual
     * date lies after today.
     */
    private List<DateEntry> projectDates(ProjectOutline p) {
        LocalDate today = in.today();
        LocalDate actualStart = lastStep(p.history(), ProjectStatus.RUNNING);
        if (actualStart == null && Mappings.started(p.status()) && p.startDate() != null
                && !p.startDate().isAfter(today)) {
            actualStart = p.startDate();
        }
        LocalDate actualEnd = lastStep(p.history(), ProjectStatus.COMPLETED);
        if (actualEnd == null && Mappings.ended(p.status()) && p.endDate() != null && !p.endDate().isAfter(today)) {
            actualEnd = p.endDate();
        }
        if (actualStart != null && actualStart.isAfter(today)) {
            actualStart = null;
        }
        if (actualEnd != null && (actualEnd.isAfter(today) || actualStart != null && actualEnd.isBefore(actualStart))) {
            actualEnd = null;
        }
        List<DateEntry> dates = new ArrayList<>();
        if (p.startDate() != null) {
            dates.add(new DateEntry(ActivityDateType.PLANNED_START, p.startDate(), null));
        } else if (actualStart == null) {
            p.programmeIds().stream().map(programmesById::get).filter(x -> x != null && x.startYear() != null)
                    .min(Comparator.comparing(ProgrammeOutline::startYear).thenComparing(ProgrammeOutline::code))
                    .map(x -> new DateEntry(ActivityDateType.PLANNED_START, LocalDate.of(x.startYear(), 1, 1),
                            texts("iati.text.derivedStart", x.name(), String.valueOf(x.startYear()))))
                    .filter(d -> p.endDate() == null || !d.date().isAfter(p.endDate()))
                    .ifPresent(dates::add);
        }
        if (actualStart != null) {
            dates.add(new DateEntry(ActivityDateType.ACTUAL_START, actualStart, null));
        }
        if (p.endDate() != null) {
            dates.add(new DateEntry(ActivityDateType.PLANNED_END, p.endDate(), null));
        }
        if (actualEnd != null) {
            dates.add(new DateEntry(ActivityDateType.ACTUAL_END, actualEnd, null));
        }
        return dates;
    }

    private static LocalDate lastStep(List<StatusStep> history, ProjectStatus status) {
        LocalDate on = null;
        for (StatusStep s : history) {
            if (s.status() == status) {
                on = s.on();
            }
        }
        return on;
    }

    /** The municipalities the project names, those its results are broken down to, and the region when region-wide. */
    private List<Location> locations(ProjectOutline p, ProjectResults results) {
        Map<String, String> names = new TreeMap<>();
        p.areas().forEach(a -> names.put(a.code(), a.name()));
        results.results().stream().flatMap(r -> r.indicators().stream()).flatMap(i -> i.periods().stream())
                .map(PeriodFact::value).filter(Objects::nonNull).flatMap(v -> v.parts().stream())
                .map(PartFact::areaCode).filter(Objects::nonNull)
                .forEach(code -> names.putIfAbsent(code, in.municipalities().getOrDefault(code, code)));
        List<Location> locations = new ArrayList<>();
        if (p.regionWide() && in.homeRegion() != null) {
            locations.add(new Location(in.homeRegion().code(), Texts.nl(in.homeRegion().name()),
                    texts("iati.text.regionWide", in.homeRegion().code()), false));
        }
        names.forEach((code, name) -> {
            boolean municipality = in.municipalities().containsKey(code);
            locations.add(new Location(code, Texts.nl(name), municipality
                    ? texts("iati.text.municipality", code) : texts("iati.text.area", code), municipality));
        });
        return locations;
    }

    // ---- shared parts ----------------------------------------------------------------------------------------

    private Participant funder(BudgetLines.Line l) {
        return new Participant(OrganisationRole.FUNDING, Mappings.fundingType(l.funderCategory()), l.funderName());
    }

    private org.regiomonitor.iati.internal.codelist.OrganisationType organisationType(Long organisationId) {
        OrganisationKind kind = organisationId == null ? null : in.kinds().get(organisationId);
        return kind == null ? null : Mappings.type(kind);
    }

    /** Each organisation once per role, by role and then name. */
    private static List<Participant> distinct(List<Participant> participants) {
        Map<String, Participant> unique = new LinkedHashMap<>();
        participants.stream().filter(x -> !Text.isBlank(x.name()))
                .forEach(x -> unique.putIfAbsent(x.role().code() + "|" + x.name(), x));
        return unique.values().stream()
                .sorted(Comparator.comparing((Participant x) -> Integer.parseInt(x.role().code()))
                        .thenComparing(Participant::name))
                .toList();
    }

    /**
     * Themes in the reporting organisation's own vocabularies: action lines, goals and themes (99), NPVR tasks (98).
     * The data does not weigh an activity's themes, so they share each vocabulary's 100% equally.
     */
    private List<Sector> sectors(List<ThemeOutline> themes) {
        List<Sector> sectors = new ArrayList<>();
        sectors.addAll(shares(SectorVocabulary.REPORTING_ORGANISATION, themes, t -> t.kind() != ThemeKind.NPVR_TASK));
        sectors.addAll(shares(SectorVocabulary.REPORTING_ORGANISATION_2, themes, t -> t.kind() == ThemeKind.NPVR_TASK));
        return sectors;
    }

    private static List<Sector> shares(SectorVocabulary vocabulary, List<ThemeOutline> themes,
            Predicate<ThemeOutline> which) {
        List<ThemeOutline> chosen = themes.stream().filter(which).toList();
        List<BigDecimal> percentages = equalShares(chosen.size());
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            ThemeOutline t = chosen.get(i);
            sectors.add(new Sector(vocabulary, t.programmeCode() + "/" + t.code(), percentages.get(i),
                    Texts.nl(t.name())));
        }
        return sectors;
    }

    /** n shares of 100 with two decimals that add up to exactly 100 (the last takes the rounding). */
    static List<BigDecimal> equalShares(int n) {
        List<BigDecimal> shares = new ArrayList<>();
        if (n == 0) {
            return shares;
        }
        BigDecimal each = HUNDRED.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n - 1; i++) {
            shares.add(each);
        }
        shares.add(HUNDRED.subtract(each.multiply(BigDecimal.valueOf(n - 1))));
        return shares;
    }

    /**
     * One budget per calendar year of the lines that give a year and a budgeted amount: indicative (a budget is a
     * plan), revised when a line of that year was revised. Lines for a whole period (no year) cannot be put in a
     * period of at most a year without inventing a split, and are left out, saying so.
     */
    private List<Budget> budgets(List<BudgetLines.Line> lines, List<String> notes) {
        Map<Integer, List<BudgetLines.Line>> byYear = new TreeMap<>();
        lines.stream().filter(l -> l.year() != null && l.current().budgeted() != null)
                .forEach(l -> byYear.computeIfAbsent(l.year(), y -> new ArrayList<>()).add(l));
        long withoutYear = lines.stream().filter(l -> l.year() == null && l.current().anyKnown()).count();
        if (withoutYear > 0) {
            notes.add(withoutYear + " budget line(s) give amounts for the whole period, not for a year: IATI budgets "
                    + "and transactions need a period of at most a year or a date, so they are not reported.");
        }
        List<Budget> budgets = new ArrayList<>();
        byYear.forEach((year, yearLines) -> budgets.add(new Budget(
                yearLines.stream().anyMatch(l -> l.revision() > 1) ? BudgetType.REVISED : BudgetType.ORIGINAL,
                BudgetStatus.INDICATIVE, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                yearLines.stream().map(l -> l.current().budgeted()).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return budgets;
    }

    /**
     * Per line with a year: the committed amount as a commitment from its funder, the realised amount as an
     * expenditure, each dated the last day of its year, or the day its amounts were recorded when that is earlier,
     * never after today. Realised money of a year that has not begun is not reported.
     */
    private List<Transaction> transactions(List<BudgetLines.Line> lines, List<String> notes) {
        List<Transaction> transactions = new ArrayList<>();
        LocalDate today = in.today();
        for (BudgetLines.Line l : lines.stream().filter(x -> x.year() != null)
                .sorted(Comparator.comparing(BudgetLines.Line::year).thenComparing(BudgetLines.Line::funderName))
                .toList()) {
            LocalDate recorded = l.recordedAt().atZone(ZONE).toLocalDate();
            LocalDate date = min(min(LocalDate.of(l.year(), 12, 31), recorded), today);
            if (l.current().committed() != null) {
                transactions.add(new Transaction(TransactionType.OUTGOING_COMMITMENT, date, l.current().committed(),
                        texts("iati.text.committed", l.funderName(), String.valueOf(l.year())), l.funderName(),
                        Mappings.fundingType(l.funderCategory())));
            }
            if (l.current().realised() != null) {
                if (l.year() > today.getYear()) {
                    notes.add("The realised amount of " + l.funderName() + " for " + l.year()
                            + " is not reported: that year has not begun.");
                } else {
                    transactions.add(new Transaction(TransactionType.EXPENDITURE, date, l.current().realised(),
                            texts("iati.text.realised", l.funderName(), String.valueOf(l.year())), l.funderName(),
                            Mappings.fundingType(l.funderCategory())));
                }
            }
        }
        return transactions;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // ---- results ---------------------------------------------------------------------------------------------

    private List<Result> results(ProjectResults results, List<String> notes) {
        List<Result> out = new ArrayList<>();
        for (ResultFact r : results.results()) {
            List<Indicator> indicators = r.indicators().stream()
                    .map(i -> indicator(i, results, notes)).toList();
            if (indicators.isEmpty()) {
                notes.add("Result '" + r.title() + "' is not reported: it has no indicator, and IATI requires one.");
                continue;
            }
            out.add(new Result(Mappings.type(r.type()), Texts.nl(r.title()),
                    Text.isBlank(r.description()) ? null : Texts.nl(r.description()), indicators));
        }
        return out;
    }

    private Indicator indicator(IndicatorFact i, ProjectResults results, List<String> notes) {
        boolean qualitative = i.measure() == Measure.QUALITATIVE;
        Baseline baseline = null;
        Integer baselineYear = i.baselineYear() != null ? i.baselineYear()
                : i.baselineDate() != null ? i.baselineDate().getYear() : null;
        boolean baselineKnown = i.baselineValue() != null || !Text.isBlank(i.baselineComment());
        if (baselineKnown && baselineYear == null) {
            notes.add("The baseline of indicator '" + i.title() + "' is not reported: it has no year, and IATI "
                    + "requires one.");
        } else if (baselineKnown) {
            baseline = new Baseline(baselineYear, i.baselineDate(),
                    qualitative || i.baselineValue() == null ? null : ActivitiesXml.plain(i.baselineValue()),
                    Text.isBlank(i.baselineComment()) ? null : Texts.nl(i.baselineComment()));
        }
        List<Period> periods = new ArrayList<>();
        for (PeriodFact p : i.periods()) {
            List<Value> targets = p.target() == null ? new ArrayList<>()
                    : new ArrayList<>(List.of(new Value(ActivitiesXml.plain(p.target()), null, null, null)));
            periods.add(new Period(p.start(), p.end(), targets, p.value() == null ? List.of() : actuals(i, p.value())));
        }
        overallTarget(i, results, periods, notes);
        periods.sort(Comparator.comparing(Period::start).thenComparing(Period::end));
        return new Indicator(Mappings.measure(i.measure()), i.ascending(), Texts.nl(i.title()),
                Text.isBlank(i.catalogueDefinition()) ? null : Texts.nl(i.catalogueDefinition()), i.catalogueCode(),
                baseline, periods);
    }

    /**
     * IATI 2.03 has targets per period only: the overall target is the target of the period from the start of the
     * project's reporting periods to its target date (else their end); it joins a period with exactly those dates.
     */
    private void overallTarget(IndicatorFact i, ProjectResults results, List<Period> periods, List<String> notes) {
        boolean qualitative = i.measure() == Measure.QUALITATIVE;
        if (i.targetValue() == null && (!qualitative || Text.isBlank(i.targetComment()))) {
            return;
        }
        LocalDate start = results.periodsStart();
        LocalDate end = i.targetDate() != null ? i.targetDate() : results.periodsEnd();
        if (start == null || end == null || end.isBefore(start)) {
            notes.add("The target of indicator '" + i.title() + "' is not reported: no reporting period spans it.");
            return;
        }
        Texts comment = Text.isBlank(i.targetComment()) ? texts("iati.text.overallTarget")
                : join(texts("iati.text.overallTarget"), Texts.nl(i.targetComment()));
        Value target = new Value(qualitative ? null : ActivitiesXml.plain(i.targetValue()), null, null, comment);
        for (int k = 0; k < periods.size(); k++) {
            Period p = periods.get(k);
            if (p.start().equals(start) && p.end().equals(end) && p.targets().isEmpty()) {
                p.targets().add(target);
                return;
            }
        }
        periods.add(new Period(start, end, new ArrayList<>(List.of(target)), List.of()));
    }

    /** The value of a period and, for counted units, its parts per municipality and per dimension value. */
    private List<Value> actuals(IndicatorFact i, ValueFact v) {
        List<Value> actuals = new ArrayList<>();
        String value = switch (i.measure()) {
            case QUALITATIVE -> null;
            case PERCENTAGE -> v.value() != null ? ActivitiesXml.plain(v.value())
                    : v.numerator() == null ? null
                    : ActivitiesXml.plain(v.numerator().multiply(HUNDRED).divide(v.denominator(), 4,
                            RoundingMode.HALF_UP));
            case UNIT -> v.value() == null ? null : ActivitiesXml.plain(v.value());
        };
        List<Texts> comment = new ArrayList<>();
        if (i.measure() == Measure.QUALITATIVE && !Text.isBlank(v.narrative())) {
            comment.add(Texts.nl(v.narrative()));
        }
        if (v.qualifier() != null && v.qualifier() != ValueQualifier.EXACT && value != null) {
            comment.add(new Texts(v.qualifier().render(value, NL), v.qualifier().render(value, Locale.ENGLISH)));
        }
        if (v.numerator() != null) {
            comment.add(texts("iati.text.ratio", ActivitiesXml.plain(v.numerator()),
                    ActivitiesXml.plain(v.denominator())));
        }
        if (v.sourceTitle() != null) {
            comment.add(texts("iati.text.source", v.sourceTitle(), Objects.toString(v.sourceLocator(), "")));
        }
        if (value == null && comment.isEmpty()) {
            return actuals;
        }
        actuals.add(new Value(value, null, null, comment.stream().reduce(ActivityAssembler::join).orElse(null)));
        if (i.measure() == Measure.UNIT) {
            for (PartFact part : v.parts()) {
                String partValue = ActivitiesXml.plain(part.value());
                if (part.areaCode() != null) {
                    actuals.add(new Value(partValue, part.areaCode(), null, null));
                } else if (part.dimensionNl() != null && part.valueNl() != null) {
                    actuals.add(new Value(partValue, null, new Dimension(part.dimensionNl(), part.valueNl()), null));
                }
            }
        }
        return actuals;
    }

    private static Texts join(Texts a, Texts b) {
        String en = a.en() == null && b.en() == null ? null
                : Objects.toString(a.en(), a.nl()) + "; " + Objects.toString(b.en(), b.nl());
        return new Texts(a.nl() + "; " + b.nl(), en);
    }

    // ---- texts and addresses ---------------------------------------------------------------------------------

    private Texts texts(String key, Object... args) {
        return new Texts(messages.getMessage(key, args, NL), messages.getMessage(key, args, Locale.ENGLISH));
    }

    private String url(String path) {
        return in.baseUrl() + path;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
