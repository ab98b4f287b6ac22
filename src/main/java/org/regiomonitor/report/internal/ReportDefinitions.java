package org.regiomonitor.report.internal;

import static org.regiomonitor.db.Tables.REPORT;
import static org.regiomonitor.db.Tables.REPORT_PROGRAMME;
import static org.jooq.impl.DSL.multiset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.regiomonitor.db.tables.records.ReportRecord;
import org.regiomonitor.monitor.IndicatorSets;
import org.regiomonitor.portfolio.PortfolioOutline;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report definitions: read, checked, created and changed (all or nothing; a stale version is refused). The database
 * triggers of V28 audit every row. Rights are checked by the callers.
 */
@Service
public class ReportDefinitions {

    private final DSLContext dsl;
    private final InputRules rules;
    private final PortfolioOutline portfolio;
    private final IndicatorSets sets;

    ReportDefinitions(DSLContext dsl, InputRules rules, PortfolioOutline portfolio, IndicatorSets sets) {
        this.dsl = dsl;
        this.rules = rules;
        this.portfolio = portfolio;
        this.sets = sets;
    }

    @Transactional(readOnly = true)
    public List<ReportView> all() {
        return select().orderBy(REPORT.UPDATED_AT.desc(), REPORT.ID.desc()).fetch(ReportDefinitions::view);
    }

    @Transactional(readOnly = true)
    public Optional<ReportView> find(long id) {
        return select().where(REPORT.ID.eq(id)).fetchOptional(ReportDefinitions::view);
    }

    public ReportView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    private org.jooq.SelectJoinStep<org.jooq.Record2<ReportRecord, List<Long>>> select() {
        return dsl.select(REPORT, multiset(org.jooq.impl.DSL.select(REPORT_PROGRAMME.PROGRAMME_ID).from(REPORT_PROGRAMME)
                        .where(REPORT_PROGRAMME.REPORT_ID.eq(REPORT.ID)).orderBy(REPORT_PROGRAMME.POSITION))
                        .convertFrom(r -> r.map(Record1::value1)))
                .from(REPORT);
    }

    private static ReportView view(org.jooq.Record2<ReportRecord, List<Long>> r) {
        ReportRecord t = r.value1();
        return new ReportView(t.getId(), t.getTitle(), ReportPeriod.parse(t.getPeriod()), t.getIndicatorSetCode(),
                t.getForeword(), t.getOutlook(), t.getConclusion(), t.getLetterTemplate(), r.value2(), t.getVersion(), t.getCreatedBy(),
                t.getUpdatedAt());
    }

    /** What is wrong with the input, field by field: its constraints, then programmes and indicator set that exist. */
    @Transactional(readOnly = true)
    public List<Violation> check(ReportInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        List<Long> ids = programmeIds(in);
        var known = portfolio.programmes(null, true).stream().map(PortfolioOutline.ProgrammeOutline::id).toList();
        ids.stream().filter(id -> !known.contains(id)).findFirst()
                .ifPresent(id -> out.add(new Violation("programmeIds", "report.error.unknownProgramme", id)));
        String set = Text.strip(in.indicatorSetCode());
        if (set != null && !set.isEmpty() && sets.find(set).isEmpty()) {
            out.add(new Violation("indicatorSetCode", "report.error.unknownSet", set));
        }
        return out;
    }

    @Transactional
    public long create(ReportInput in, String actor) {
        InputRules.throwIfAny(check(in));
        long id = dsl.insertInto(REPORT)
                .set(REPORT.KIND, "PROGRESS")
                .set(REPORT.TITLE, Text.strip(in.title()))
                .set(REPORT.PERIOD, in.period().strip())
                .set(REPORT.INDICATOR_SET_CODE, blankToNull(in.indicatorSetCode()))
                .set(REPORT.FOREWORD, blankToNull(in.foreword()))
                .set(REPORT.OUTLOOK, blankToNull(in.outlook()))
                .set(REPORT.CONCLUSION, blankToNull(in.conclusion()))
                .set(REPORT.LETTER_TEMPLATE, blankToNull(in.letterTemplate()))
                .set(REPORT.CREATED_BY, actor)
                .returning(REPORT.ID).fetchSingle(REPORT.ID);
        writeProgrammes(id, in);
        return id;
    }

    @Transactional
    public void update(long id, ReportInput in) {
        get(id);
        List<Violation> violations = check(in);
        if (in.version() == null) {
            violations = new ArrayList<>(violations);
            violations.add(new Violation("version", "report.error.required"));
        }
        InputRules.throwIfAny(violations);
        StaleEditException.unlessChanged(dsl.update(REPORT)
                .set(REPORT.TITLE, Text.strip(in.title()))
                .set(REPORT.PERIOD, in.period().strip())
                .set(REPORT.INDICATOR_SET_CODE, blankToNull(in.indicatorSetCode()))
                .set(REPORT.FOREWORD, blankToNull(in.foreword()))
                .set(REPORT.OUTLOOK, blankToNull(in.outlook()))
                .set(REPORT.CONCLUSION, blankToNull(in.conclusion()))
                .set(REPORT.LETTER_TEMPLATE, blankToNull(in.letterTemplate()))
                .set(REPORT.VERSION, REPORT.VERSION.plus(1))
                .where(REPORT.ID.eq(id)).and(REPORT.VERSION.eq(in.version())).execute(), "report", id);
        dsl.deleteFrom(REPORT_PROGRAMME).where(REPORT_PROGRAMME.REPORT_ID.eq(id)).execute();
        writeProgrammes(id, in);
    }

    private void writeProgrammes(long id, ReportInput in) {
        int position = 0;
        for (Long programme : programmeIds(in)) {
            dsl.insertInto(REPORT_PROGRAMME).set(REPORT_PROGRAMME.REPORT_ID, id)
                    .set(REPORT_PROGRAMME.PROGRAMME_ID, programme).set(REPORT_PROGRAMME.POSITION, position++).execute();
        }
    }

    private static List<Long> programmeIds(ReportInput in) {
        return in.programmeIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(in.programmeIds().stream().filter(java.util.Objects::nonNull).toList()));
    }

    private static String blankToNull(String s) {
        return Text.blankToNull(s);
    }
}
