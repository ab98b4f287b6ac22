package org.regiomonitor.report.internal;

import static org.regiomonitor.db.Tables.REPORT_COUNCIL;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.Areas;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council editions of a report: one per municipality of the home region today (Twente: 14), each with its letter's
 * date and signatories. Rights are checked by the callers; the database triggers audit every row.
 */
@Service
public class ReportCouncils {

    private final DSLContext dsl;
    private final Areas areas;
    private final InputRules rules;

    ReportCouncils(DSLContext dsl, Areas areas, InputRules rules) {
        this.dsl = dsl;
        this.areas = areas;
        this.rules = rules;
    }

    /** The municipalities of the home region with their letters' fields, by name. Two queries. */
    @Transactional(readOnly = true)
    public List<CouncilView> all(long reportId) {
        var rows = dsl.selectFrom(REPORT_COUNCIL).where(REPORT_COUNCIL.REPORT_ID.eq(reportId))
                .fetchMap(REPORT_COUNCIL.AREA_ID);
        return municipalities().stream().map(m -> {
            var r = rows.get(m.id());
            return r == null ? new CouncilView(m, null, null, 0)
                    : new CouncilView(m, r.getLetterDate(), r.getSignatories(), r.getVersion());
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CouncilView> find(long reportId, String municipalityCode) {
        return all(reportId).stream().filter(c -> c.municipality().code().equalsIgnoreCase(municipalityCode))
                .findFirst();
    }

    public CouncilView get(long reportId, String municipalityCode) {
        return find(reportId, municipalityCode)
                .orElseThrow(() -> new NotFoundException("report_council", municipalityCode));
    }

    /** Saves the letter's fields; refused when someone else saved them in between. */
    @Transactional
    public void update(long reportId, String municipalityCode, CouncilInput in) {
        CouncilView current = get(reportId, municipalityCode);
        InputRules.throwIfAny(rules.check(in));
        String signatories = Text.blankToNull(in.signatories());
        if (current.version() == 0 && in.version() == 0) {
            int inserted = dsl.insertInto(REPORT_COUNCIL)
                    .set(REPORT_COUNCIL.REPORT_ID, reportId).set(REPORT_COUNCIL.AREA_ID, current.municipality().id())
                    .set(REPORT_COUNCIL.LETTER_DATE, in.letterDate()).set(REPORT_COUNCIL.SIGNATORIES, signatories)
                    .set(REPORT_COUNCIL.VERSION, 1)
                    .onConflictDoNothing().execute();
            StaleEditException.unlessChanged(inserted, "report_council", current.municipality().id());
            return;
        }
        StaleEditException.unlessChanged(dsl.update(REPORT_COUNCIL)
                .set(REPORT_COUNCIL.LETTER_DATE, in.letterDate()).set(REPORT_COUNCIL.SIGNATORIES, signatories)
                .set(REPORT_COUNCIL.VERSION, REPORT_COUNCIL.VERSION.plus(1))
                .where(REPORT_COUNCIL.REPORT_ID.eq(reportId)).and(REPORT_COUNCIL.AREA_ID.eq(current.municipality().id()))
                .and(REPORT_COUNCIL.VERSION.eq(in.version())).execute(), "report_council", current.municipality().id());
    }

    /** The municipalities that get an edition: the home region's members today. */
    public List<AreaSummary> municipalities() {
        return areas.find(areas.homeRegionCode()).map(areas::members).orElse(List.of());
    }

    public Optional<AreaSummary> homeRegion() {
        return areas.find(areas.homeRegionCode());
    }
}
