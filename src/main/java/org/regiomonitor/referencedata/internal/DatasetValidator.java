package org.regiomonitor.referencedata.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.regiomonitor.area.Statistic;
import org.regiomonitor.organisation.OrganisationKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProgrammeAddress;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.PeriodKind;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;

/**
 * Checks a whole dataset before anything is written: required fields, allowed values, unique keys,
 * every reference (source, programme, theme, organisation, municipality, project, funder) and every
 * amount. All problems are collected and reported together, each naming its record.
 */
public final class DatasetValidator {

    // The enum values themselves come from the features' enums (the database checks the same constants);
    // funder categories are rows of funder_category, referenced by a foreign key.
    static final Set<String> FUNDER_CATEGORIES = Set.of("RIJK", "PROVINCIE", "GEMEENTEN", "ONDERWIJS", "PRIVAAT",
            "EU", "OVERIG");

    /** numeric(15,2): at most 13 digits before the point and 2 after. */
    private static final int MONEY_INTEGER_DIGITS = 13;

    private final Dataset d;
    private final OpenData open;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> sourceCodes = new HashSet<>();
    private final Keys areaCodes = new Keys();
    private final Set<String> municipalityCodes = new HashSet<>();
    private final Keys organisationNames = new Keys();
    private final Keys programmeCodes = new Keys();
    private final Keys themeKeys = new Keys();
    private final Map<String, Dataset.Project> projectsByKey = new HashMap<>();
    private final Keys funderNames = new Keys();

    private DatasetValidator(Dataset d, OpenData open) {
        this.d = d;
        this.open = open;
    }

    /** Validates the dataset against the open data it names; throws with every problem found. */
    public static void validate(Dataset dataset, OpenData openData, List<String> earlierProblems) {
        DatasetValidator v = new DatasetValidator(dataset, openData);
        v.problems.addAll(earlierProblems);
        v.run();
        if (!v.problems.isEmpty()) {
            throw new InvalidReferenceDataException(v.problems);
        }
    }

    /** Reads the open data the dataset names and validates both; the result is safe to write. */
    public static OpenData validate(Dataset dataset) {
        List<String> problems = new ArrayList<>();
        OpenData open = dataset.areas() == null
                ? new OpenData(List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of())
                : OpenDataReader.read(dataset.areas(), problems);
        validate(dataset, open, problems);
        return open;
    }

    private void run() {
        if (blank(d.name())) {
            problems.add("dataset: name is required");
        }
        if (blank(d.recordedBy())) {
            problems.add("dataset: recordedBy is required");
        }
        sources();
        areas();
        organisations();
        programmes();
        themes();
        projects();
        funders();
        budgetLines();
        mobilised();
        vouchers();
        results();
    }

    private void sources() {
        for (int i = 0; i < d.sources().size(); i++) {
            Dataset.Source s = d.sources().get(i);
            String rec = "source \"" + s.code() + "\" (sources[" + i + "])";
            required(rec, "code", s.code());
            required(rec, "title", s.title());
            oneOf(rec, "kind", s.kind(), SourceKind.class);
            date(rec, "publishedOn", s.publishedOn());
            // the url becomes the href of every "Bron:" that cites the source
            if (s.url() != null && !s.url().matches("https?://\\S+")) {
                problems.add(rec + ": url \"" + s.url() + "\" is not an http(s) address");
            }
            if (s.code() != null && !sourceCodes.add(s.code())) {
                problems.add(rec + ": duplicate code");
            }
        }
    }

    private void areas() {
        Dataset.AreaFramework a = d.areas();
        if (a == null) {
            problems.add("dataset: areas is required");
            return;
        }
        String rec = "areas";
        if (a.country() == null || blank(a.country().code()) || blank(a.country().name())) {
            problems.add(rec + ": country code and name are required");
        } else {
            areaCodes.add(a.country().code());
        }
        if (a.province() == null || blank(a.province().code()) || blank(a.province().name())) {
            problems.add(rec + ": province code and name are required");
        } else {
            areaCodes.add(a.province().code());
        }
        sourceRef(rec + ".membershipSource", a.membershipSource());
        if (a.municipalityBoundaries() != null) {
            sourceRef(rec + ".municipalityBoundaries.source", a.municipalityBoundaries().source());
        }
        if (a.districtBoundaries() != null) {
            sourceRef(rec + ".districtBoundaries.source", a.districtBoundaries().source());
        }
        if (a.corop() != null) {
            sourceRef(rec + ".corop.source", a.corop().source());
        }
        if (a.statistics() != null) {
            sourceRef(rec + ".statistics.source", a.statistics().source());
            if (a.statistics().columns() != null) {
                for (String statistic : a.statistics().columns().keySet()) {
                    oneOf(rec + ".statistics.columns", "statistic", statistic, Statistic.class);
                }
            }
        }
        for (OpenData.GeoArea m : open.municipalities()) {
            if (!m.code().matches("GM\\d{4}")) {
                problems.add("municipality \"" + m.name() + "\": code " + m.code() + " is not GM + 4 digits");
            }
            if (!areaCodes.add(m.code())) {
                problems.add("municipality " + m.code() + ": duplicate code");
            }
            municipalityCodes.add(m.code());
            if (!open.coropOf().containsKey(m.code())) {
                problems.add("municipality " + m.code() + " \"" + m.name() + "\": no COROP region in "
                        + a.corop().file());
            }
        }
        for (OpenData.GeoArea district : open.districts()) {
            if (!areaCodes.add(district.code())) {
                problems.add("district " + district.code() + ": duplicate code");
            }
        }
        for (Map.Entry<String, String> corop : open.coropNames().entrySet()) {
            if (!corop.getKey().matches("CR\\d{2}")) {
                problems.add("COROP region \"" + corop.getValue() + "\": code " + corop.getKey()
                        + " is not CR + 2 digits");
            }
            areaCodes.add(corop.getKey());
        }
        for (String municipality : open.coropOf().keySet()) {
            if (!municipalityCodes.contains(municipality)) {
                problems.add(a.corop().file() + ": municipality " + municipality + " has no boundary in "
                        + a.municipalityBoundaries().file());
            }
        }
        if (a.province() != null && a.province().members() != null) {
            for (String member : a.province().members()) {
                if (!open.coropNames().containsKey(member)) {
                    problems.add("areas.province: member " + member + " is not a COROP region of " + a.corop().file());
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (OpenData.Statistic s : open.statistics()) {
            if (!municipalityCodes.contains(s.areaCode())) {
                problems.add(a.statistics().file() + " " + s.locator() + ": unknown municipality " + s.areaCode());
            }
            if (!seen.add(s.areaCode() + "/" + s.statistic())) {
                problems.add(a.statistics().file() + " " + s.locator() + ": " + s.statistic() + " given twice");
            }
            if (s.value().signum() < 0) {
                problems.add(a.statistics().file() + " " + s.locator() + ": " + s.statistic() + " is negative");
            }
        }
    }

    private void organisations() {
        for (int i = 0; i < d.organisations().size(); i++) {
            Dataset.Organisation o = d.organisations().get(i);
            String rec = "organisation \"" + o.name() + "\" (organisations[" + i + "])";
            required(rec, "name", o.name());
            oneOf(rec, "kind", o.kind(), OrganisationKind.class);
            if (o.municipality() != null && !municipalityCodes.contains(o.municipality())) {
                problems.add(rec + ": unknown municipality \"" + o.municipality() + "\"");
            }
            ref(rec, "source", o.source(), true);
            if (o.name() != null && !organisationNames.add(o.name())) {
                problems.add(rec + ": duplicate name");
            }
        }
    }

    private void programmes() {
        for (int i = 0; i < d.programmes().size(); i++) {
            Dataset.Programme p = d.programmes().get(i);
            String rec = "programme \"" + p.code() + "\" (programmes[" + i + "])";
            required(rec, "code", p.code());
            code(rec, p.code());
            required(rec, "name", p.name());
            oneOf(rec, "status", p.status(), ProgrammeStatus.class);
            if (p.startYear() != null && p.endYear() != null && p.endYear() < p.startYear()) {
                problems.add(rec + ": endYear " + p.endYear() + " is before startYear " + p.startYear());
            }
            year(rec, "startYear", p.startYear());
            year(rec, "endYear", p.endYear());
            organisationRef(rec, "owner", p.owner());
            amountFigure(rec, "budgetCeiling", p.budgetCeiling());
            amountFigure(rec, "expectedInvestment", p.expectedInvestment());
            amountFigure(rec, "investmentVolume", p.investmentVolume());
            if (p.multiplierTarget() != null) {
                BigDecimal target = decimal(rec, "multiplierTarget", p.multiplierTarget().value(), 6, true);
                if (target != null && target.signum() <= 0) {
                    problems.add(rec + ": multiplierTarget must be positive");
                }
                ref(rec, "multiplierTarget.source", p.multiplierTarget().source(), true);
            }
            ref(rec, "statusBasis", p.statusBasis(), false);
            ref(rec, "source", p.source(), true);
            if (p.code() != null && !programmeCodes.add(p.code())) {
                problems.add(rec + ": duplicate code");
            }
        }
    }

    private void themes() {
        for (int i = 0; i < d.themes().size(); i++) {
            Dataset.Theme t = d.themes().get(i);
            String rec = "theme \"" + t.programme() + "/" + t.code() + "\" (themes[" + i + "])";
            required(rec, "code", t.code());
            code(rec, t.code());
            required(rec, "name", t.name());
            oneOf(rec, "kind", t.kind(), ThemeKind.class);
            programmeRef(rec, "programme", t.programme(), true);
            ref(rec, "source", t.source(), true);
            if (!themeKeys.add(t.programme() + "/" + t.code())) {
                problems.add(rec + ": duplicate code within programme " + t.programme());
            }
        }
        for (int i = 0; i < d.themes().size(); i++) {
            Dataset.Theme t = d.themes().get(i);
            if (t.group() != null && !themeKeys.contains(t.programme() + "/" + t.group())) {
                problems.add("theme \"" + t.programme() + "/" + t.code() + "\" (themes[" + i + "]): unknown group \""
                        + t.group() + "\" in programme " + t.programme());
            }
        }
    }

    private void projects() {
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < d.projects().size(); i++) {
            Dataset.Project p = d.projects().get(i);
            String rec = "project \"" + (p.title() != null ? p.title() : p.key()) + "\" (projects[" + i + "])";
            required(rec, "key", p.key());
            required(rec, "title", p.title());
            oneOf(rec, "status", p.status(), ProjectStatus.class);
            if (p.programmes().isEmpty()) {
                problems.add(rec + ": at least one programme is required");
            }
            for (String programme : p.programmes()) {
                programmeRef(rec, "programme", programme, true);
            }
            for (String theme : p.themes()) {
                if (!themeKeys.contains(theme)) {
                    problems.add(rec + ": unknown theme \"" + theme + "\" (write PROGRAMME/THEME)");
                } else if (!p.programmes().contains(theme.substring(0, theme.indexOf('/')))) {
                    problems.add(rec + ": theme \"" + theme + "\" belongs to a programme the project is not in");
                }
            }
            for (String municipality : p.municipalities()) {
                if (!municipalityCodes.contains(municipality)) {
                    problems.add(rec + ": unknown municipality \"" + municipality + "\"");
                }
            }
            organisationRef(rec, "lead", p.lead());
            Set<String> partnerKeys = new HashSet<>();
            for (Dataset.Partner partner : p.partners()) {
                organisationRef(rec, "partner", partner.organisation());
                oneOf(rec, "partner role", partner.role(), PartnerRole.class);
                if (!partnerKeys.add(partner.organisation() + "/" + partner.role())) {
                    problems.add(rec + ": partner \"" + partner.organisation() + "\" listed twice as " + partner.role());
                }
                if (PartnerRole.LEAD.name().equals(partner.role()) && p.lead() != null
                        && !p.lead().equals(partner.organisation())) {
                    problems.add(rec + ": partner \"" + partner.organisation() + "\" has role LEAD but the lead is \""
                            + p.lead() + "\"");
                }
            }
            for (Dataset.Link link : p.links()) {
                required(rec, "link label", link.label());
                if (link.url() == null || !link.url().matches("https?://\\S+")) {
                    problems.add(rec + ": link url \"" + link.url() + "\" is not an http(s) address");
                }
            }
            LocalDate start = date(rec, "startDate", p.startDate());
            LocalDate end = date(rec, "endDate", p.endDate());
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(rec + ": endDate is before startDate");
            }
            ref(rec, "statusBasis", p.statusBasis(), false);
            ref(rec, "source", p.source(), true);
            if (p.key() != null && projectsByKey.putIfAbsent(p.key(), p) != null) {
                problems.add(rec + ": duplicate key \"" + p.key() + "\"");
            }
            if (p.title() != null && !titles.add(p.title())) {
                problems.add(rec + ": duplicate title");
            }
        }
    }

    private void funders() {
        for (int i = 0; i < d.funders().size(); i++) {
            Dataset.Funder f = d.funders().get(i);
            String rec = "funder \"" + f.name() + "\" (funders[" + i + "])";
            required(rec, "name", f.name());
            oneOf(rec, "category", f.category(), FUNDER_CATEGORIES);
            organisationRef(rec, "organisation", f.organisation());
            ref(rec, "source", f.source(), false);
            if (f.name() != null && !funderNames.add(f.name())) {
                problems.add(rec + ": duplicate name");
            }
        }
    }

    private void budgetLines() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.budgetLines().size(); i++) {
            Dataset.BudgetLine b = d.budgetLines().get(i);
            String owner = b.programme() != null ? b.programme() : "project " + b.project();
            String rec = "budget line \"" + owner + " / " + b.funder() + "\" (budgetLines[" + i + "])";
            if ((b.programme() == null) == (b.project() == null)) {
                problems.add(rec + ": give exactly one of programme and project");
            }
            programmeRef(rec, "programme", b.programme(), false);
            projectRef(rec, b.project());
            if (b.funder() == null || !funderNames.contains(b.funder())) {
                problems.add(rec + ": unknown funder \"" + b.funder() + "\"");
            }
            year(rec, "year", b.year());
            // all three may be unknown: a funder the sources name without an amount is a line of unknown amounts
            money(rec, "budgeted", b.budgeted(), false);
            money(rec, "committed", b.committed(), false);
            money(rec, "realised", b.realised(), false);
            ref(rec, "source", b.source(), true);
            if (!keys.add(b.programme() + "|" + b.project() + "|" + b.funder() + "|" + b.year())) {
                problems.add(rec + ": duplicate line (same owner, funder and year)");
            }
        }
    }

    private void mobilised() {
        for (int i = 0; i < d.mobilisedInvestments().size(); i++) {
            Dataset.Mobilised m = d.mobilisedInvestments().get(i);
            String rec = "mobilised investment of \"" + m.programme() + "\" (mobilisedInvestments[" + i + "])";
            programmeRef(rec, "programme", m.programme(), true);
            programmeRef(rec, "linkedProgramme", m.linkedProgramme(), false);
            required(rec, "description", m.description());
            money(rec, "amount", m.amount(), true);
            ref(rec, "source", m.source(), true);
        }
    }

    /** A stated amount with its required source (a programme's ceiling, a scheme's maximum per award, ...). */
    private BigDecimal amountFigure(String rec, String field, Dataset.Figure figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal amount = money(rec, field, figure.value(), true);
        ref(rec, field + ".source", figure.source(), true);
        return amount;
    }

    private void vouchers() {
        for (int i = 0; i < d.vouchers().size(); i++) {
            Dataset.Voucher v = d.vouchers().get(i);
            String rec = "voucher \"" + v.scheme() + "\" (vouchers[" + i + "])";
            programmeRef(rec, "programme", v.programme(), true);
            projectRef(rec, v.project());
            if (v.project() != null && projectsByKey.containsKey(v.project())
                    && !projectsByKey.get(v.project()).programmes().contains(v.programme())) {
                problems.add(rec + ": project \"" + v.project() + "\" is not in programme " + v.programme());
            }
            required(rec, "scheme", v.scheme());
            oneOf(rec, "schemeKind", v.schemeKind(), SchemeKind.class);
            if (v.quantity() != null && v.quantity() < 1) {
                problems.add(rec + ": quantity must be 1 or more (or absent when unknown)");
            }
            if (v.quantityQualifier() != null) {
                oneOf(rec, "quantityQualifier", v.quantityQualifier(), ValueQualifier.class);
                if (v.quantity() == null && !ValueQualifier.EXACT.name().equals(v.quantityQualifier())) {
                    problems.add(rec + ": quantityQualifier " + v.quantityQualifier() + " needs a quantity");
                }
            }
            BigDecimal amount = money(rec, "amount", v.amount(), false);
            BigDecimal max = amountFigure(rec, "maxAmountPerAward", v.maxAmountPerAward());
            boolean exactCount = v.quantity() != null && v.quantity() > 0 && (v.quantityQualifier() == null
                    || ValueQualifier.EXACT.name().equals(v.quantityQualifier()));
            if (amount != null && max != null && exactCount
                    && amount.compareTo(max.multiply(BigDecimal.valueOf(v.quantity()))) > 0) {
                problems.add(rec + ": amount " + amount.toPlainString() + " exceeds " + v.quantity()
                        + " x maxAmountPerAward " + max.toPlainString());
            }
            date(rec, "awardedOn", v.awardedOn());
            year(rec, "awardYear", v.awardYear());
            if (v.municipality() != null && !municipalityCodes.contains(v.municipality())) {
                problems.add(rec + ": unknown municipality \"" + v.municipality() + "\"");
            }
            if (v.recipientKind() != null) {
                oneOf(rec, "recipientKind", v.recipientKind(), RecipientKind.class);
            }
            ref(rec, "source", v.source(), true);
        }
    }

    /**
     * The results section: every figure names a project of the dataset, a catalogue indicator of one of its
     * programmes (or none), a period of one of its programmes inside the span its source reports on, a qualifier and
     * its source; a target is the indicator's overall target (no period, exact); two values of one indicator for one
     * period would be added up by the roll-ups, so they are refused (a disagreeing passage gets its own indicator).
     */
    private void results() {
        Dataset.Results r = d.results();
        Map<String, LocalDate[]> coverage = new HashMap<>();
        for (int i = 0; i < r.coverage().size(); i++) {
            Dataset.Coverage c = r.coverage().get(i);
            String rec = "coverage of \"" + c.source() + "\" (results.coverage[" + i + "])";
            sourceRef(rec, c.source());
            required(rec, "locator", c.locator());
            LocalDate from = date(rec, "from", c.from());
            LocalDate to = date(rec, "to", c.to());
            if (from == null || to == null) {
                problems.add(rec + ": from and to are required");
            } else if (to.isBefore(from)) {
                problems.add(rec + ": to is before from");
            } else if (coverage.put(c.source(), new LocalDate[] {from, to}) != null) {
                problems.add(rec + ": the source's span is given twice");
            }
        }
        Map<String, LocalDate[]> periods = new HashMap<>();
        for (int i = 0; i < r.periods().size(); i++) {
            Dataset.Period p = r.periods().get(i);
            String key = p.programme() + "/" + p.start();
            String rec = "period \"" + key + "\" (results.periods[" + i + "])";
            programmeRef(rec, "programme", p.programme(), true);
            oneOf(rec, "kind", p.kind(), PeriodKind.class);
            LocalDate start = date(rec, "start", p.start());
            LocalDate end = date(rec, "end", p.end());
            if (start == null || end == null) {
                problems.add(rec + ": start and end are required");
                continue;
            }
            if (end.isBefore(start)) {
                problems.add(rec + ": end is before start");
                continue;
            }
            for (Map.Entry<String, LocalDate[]> other : periods.entrySet()) {
                if (other.getKey().startsWith(p.programme() + "/") && !start.isAfter(other.getValue()[1])
                        && !end.isBefore(other.getValue()[0])) {
                    problems.add(rec + ": overlaps period \"" + other.getKey() + "\" (a programme's periods never overlap)");
                }
            }
            periods.put(key, new LocalDate[] {start, end});
        }
        Map<String, Dataset.CatalogueIndicator> catalogue = new HashMap<>();
        Keys catalogueKeys = new Keys();
        for (int i = 0; i < r.catalogue().size(); i++) {
            Dataset.CatalogueIndicator c = r.catalogue().get(i);
            String key = c.programme() + "/" + c.code();
            String rec = "catalogue indicator \"" + key + "\" (results.catalogue[" + i + "])";
            programmeRef(rec, "programme", c.programme(), true);
            required(rec, "code", c.code());
            code(rec, c.code());
            required(rec, "nameNl", c.nameNl());
            oneOf(rec, "measure", c.measure(), Measure.class);
            if (Measure.QUALITATIVE.name().equals(c.measure()) && Boolean.TRUE.equals(c.cumulative())) {
                problems.add(rec + ": a qualitative indicator cannot be cumulative");
            }
            if (c.code() != null && !catalogueKeys.add(key)) {
                problems.add(rec + ": duplicate code within programme " + c.programme());
            }
            catalogue.put(key, c);
        }
        for (int i = 0; i < r.projectResults().size(); i++) {
            Dataset.ProjectResult pr = r.projectResults().get(i);
            String rec = "result \"" + pr.title() + "\" of project \"" + pr.project() + "\" (results.projectResults["
                    + i + "])";
            Dataset.Project project = pr.project() == null ? null : projectsByKey.get(pr.project());
            if (project == null) {
                problems.add(rec + ": unknown project \"" + pr.project() + "\"");
            }
            required(rec, "title", pr.title());
            oneOf(rec, "type", pr.type(), ResultType.class);
            for (String theme : pr.themes()) {
                if (project != null && !project.themes().contains(theme)) {
                    problems.add(rec + ": theme \"" + theme + "\" is not a theme of the project");
                }
            }
            if (pr.indicators().isEmpty()) {
                problems.add(rec + ": at least one indicator is required");
            }
            for (int j = 0; j < pr.indicators().size(); j++) {
                indicator(rec + ", indicator \"" + pr.indicators().get(j).title() + "\" (indicators[" + j + "])",
                        pr.indicators().get(j), project, catalogue, periods, coverage);
            }
        }
    }

    private void indicator(String rec, Dataset.Indicator in, Dataset.Project project,
            Map<String, Dataset.CatalogueIndicator> catalogue, Map<String, LocalDate[]> periods,
            Map<String, LocalDate[]> coverage) {
        required(rec, "title", in.title());
        oneOf(rec, "measure", in.measure(), Measure.class);
        boolean cumulative = Boolean.TRUE.equals(in.cumulative());
        if (Measure.QUALITATIVE.name().equals(in.measure()) && cumulative) {
            problems.add(rec + ": a qualitative indicator cannot be cumulative");
        }
        if (in.catalogue() != null) {
            Dataset.CatalogueIndicator c = catalogue.get(in.catalogue());
            if (c == null) {
                problems.add(rec + ": unknown catalogue indicator \"" + in.catalogue() + "\" (write PROGRAMME/CODE)");
            } else {
                if (project != null && !project.programmes().contains(c.programme())) {
                    problems.add(rec + ": catalogue indicator \"" + in.catalogue()
                            + "\" belongs to a programme the project is not in");
                }
                if (!Objects.equals(c.measure(), in.measure()) || Boolean.TRUE.equals(c.cumulative()) != cumulative) {
                    problems.add(rec + ": measure and cumulative must be those of catalogue indicator \""
                            + in.catalogue() + "\"");
                }
            }
        }
        boolean noFigures = !Measure.UNIT.name().equals(in.measure());
        Set<String> valuePeriods = new HashSet<>();
        int targets = 0;
        for (int k = 0; k < in.figures().size(); k++) {
            Dataset.StatedFigure f = in.figures().get(k);
            String fig = rec + ", figure " + f.kind() + " " + f.value() + " (figures[" + k + "])";
            if (noFigures) {
                problems.add(fig + ": only unit indicators carry figures here (a percentage needs numerator and "
                        + "denominator, a qualitative indicator has no number)");
            }
            if (f.value() == null) {
                problems.add(fig + ": value is required");
            } else {
                decimal(fig, "value", f.value(), 14, true);
            }
            if (f.qualifier() != null) {
                oneOf(fig, "qualifier", f.qualifier(), ValueQualifier.class);
            }
            ref(fig, "source", f.source(), true);
            if ("TARGET".equals(f.kind())) {
                if (f.period() != null) {
                    problems.add(fig + ": a target is the indicator's overall target and has no period");
                }
                if (f.qualifier() != null && !ValueQualifier.EXACT.name().equals(f.qualifier())) {
                    problems.add(fig + ": a target is stored exact; qualifier " + f.qualifier() + " cannot be kept");
                }
                if (f.disagreement() != null) {
                    problems.add(fig + ": a target cannot carry a disagreement");
                }
                if (++targets > 1) {
                    problems.add(fig + ": an indicator has one overall target");
                }
            } else if ("ACTUAL".equals(f.kind())) {
                LocalDate[] period = f.period() == null ? null : periods.get(f.period());
                if (period == null) {
                    problems.add(fig + ": unknown period \"" + f.period() + "\" (write PROGRAMME/start)");
                } else {
                    String programme = f.period().substring(0, f.period().lastIndexOf('/'));
                    if (project != null && !project.programmes().contains(programme)) {
                        problems.add(fig + ": period \"" + f.period() + "\" belongs to a programme the project is not in");
                    }
                    LocalDate[] span = f.source() == null ? null : coverage.get(f.source().source());
                    if (span == null) {
                        problems.add(fig + ": the span that source \"" + (f.source() == null ? null : f.source().source())
                                + "\" reports on is not given (results.coverage)");
                    } else if (period[0].isBefore(span[0]) || period[1].isAfter(span[1])) {
                        problems.add(fig + ": period \"" + f.period() + "\" lies outside " + span[0] + ".." + span[1]
                                + ", the span the source reports on");
                    }
                    if (!valuePeriods.add(f.period())) {
                        problems.add(fig + ": a second value for period \"" + f.period()
                                + "\" would be added up with the first; give a disagreeing passage its own indicator");
                    }
                }
            } else {
                problems.add(fig + ": kind \"" + f.kind() + "\" is not one of [ACTUAL, TARGET]");
            }
        }
    }

    // ---- helpers

    /** A programme's or theme's code is part of its address ({@link ProgrammeAddress#CODE_PATTERN}). */
    private void code(String rec, String code) {
        if (code != null && !code.matches(ProgrammeAddress.CODE_PATTERN)) {
            problems.add(rec + ": code must be letters, digits, '.', '-' or '_' with at least one letter (not \"new\")");
        }
    }

    private void required(String rec, String field, String value) {
        if (blank(value)) {
            problems.add(rec + ": " + field + " is required");
        }
    }

    private void oneOf(String rec, String field, String value, Class<? extends Enum<?>> type) {
        oneOf(rec, field, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet()));
    }

    private void oneOf(String rec, String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            problems.add(rec + ": " + field + " \"" + value + "\" is not one of " + allowed.stream().sorted().toList());
        }
    }

    private void ref(String rec, String field, Dataset.Ref ref, boolean required) {
        if (ref == null) {
            if (required) {
                problems.add(rec + ": " + field + " is required (every figure and record names its source)");
            }
            return;
        }
        if (ref.source() == null || !sourceCodes.contains(ref.source())) {
            problems.add(rec + ": " + field + " names unknown source \"" + ref.source() + "\"");
        }
        if (blank(ref.locator())) {
            problems.add(rec + ": " + field + " needs a locator (section or row in the source)");
        }
    }

    private void sourceRef(String rec, String code) {
        if (code == null || !sourceCodes.contains(code)) {
            problems.add(rec + ": unknown source \"" + code + "\"");
        }
    }

    private void programmeRef(String rec, String field, String code, boolean required) {
        if (code == null) {
            if (required) {
                problems.add(rec + ": " + field + " is required");
            }
        } else if (!programmeCodes.contains(code)) {
            problems.add(rec + ": unknown " + field + " \"" + code + "\"");
        }
    }

    private void organisationRef(String rec, String field, String name) {
        if (name != null && !organisationNames.contains(name)) {
            problems.add(rec + ": unknown organisation \"" + name + "\" as " + field);
        }
    }

    private void projectRef(String rec, String key) {
        if (key != null && !projectsByKey.containsKey(key)) {
            problems.add(rec + ": unknown project \"" + key + "\"");
        }
    }

    private void year(String rec, String field, Integer year) {
        if (year != null && (year < 1900 || year > 2100)) {
            problems.add(rec + ": " + field + " " + year + " is not a plausible year");
        }
    }

    private LocalDate date(String rec, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(rec + ": " + field + " \"" + value + "\" is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    private BigDecimal money(String rec, String field, String value, boolean required) {
        BigDecimal amount = decimal(rec, field, value, MONEY_INTEGER_DIGITS, required);
        if (amount != null && amount.signum() < 0) {
            problems.add(rec + ": " + field + " must not be negative");
        }
        return amount;
    }

    private BigDecimal decimal(String rec, String field, String value, int integerDigits, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(rec + ": " + field + " is required");
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.scale() > 2) {
                problems.add(rec + ": " + field + " \"" + value + "\" has more than 2 decimals");
            } else if (amount.precision() - amount.scale() > integerDigits) {
                problems.add(rec + ": " + field + " \"" + value + "\" is too large");
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(rec + ": " + field + " \"" + value + "\" is not a decimal number (write e.g. \"13000000.00\")");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }


    /**
     * Names and codes that the database keeps unique regardless of case (V7__constraints.sql): a key is a
     * duplicate when it differs from an earlier one only in case; references must still match exactly.
     */
    private static final class Keys {
        private final Set<String> exact = new HashSet<>();
        private final Set<String> caseless = new HashSet<>();

        /** Adds the key; false when it (or a case-variant of it) was there already. */
        boolean add(String key) {
            exact.add(key);
            return caseless.add(key.toLowerCase(Locale.ROOT));
        }

        boolean contains(String key) {
            return exact.contains(key);
        }
    }
}
