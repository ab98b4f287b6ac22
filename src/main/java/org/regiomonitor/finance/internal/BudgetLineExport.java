package org.regiomonitor.finance.internal;

import static org.regiomonitor.db.Tables.BUDGET_REVISION;
import static org.regiomonitor.finance.internal.FinanceQueries.BL;
import static org.regiomonitor.finance.internal.FinanceQueries.F;
import static org.regiomonitor.finance.internal.FinanceQueries.FC;
import static org.regiomonitor.finance.internal.FinanceQueries.LINE_PROGRAMME_CODE;
import static org.regiomonitor.finance.internal.FinanceQueries.LINE_PROJECT_TITLE;
import static org.regiomonitor.finance.internal.FinanceQueries.S;
import static org.regiomonitor.finance.internal.FinanceQueries.SOURCE_COLUMNS;
import static org.regiomonitor.shared.export.Rows.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.regiomonitor.db.tables.BudgetRevision;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.export.Cells;
import org.regiomonitor.shared.export.Column;
import org.regiomonitor.shared.export.Export;
import org.regiomonitor.shared.export.Note;
import org.regiomonitor.shared.export.Rows;
import org.regiomonitor.shared.export.Table;
import org.regiomonitor.shared.export.TableDownloads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines as a download (issue 9): the lines a {@link LineFilter} selects (the API's list, a programme's or a
 * project's finance page), in report order, with their current and original amounts; and every revision of those
 * lines, oldest first, on a second sheet. Both read through a cursor: two queries for Excel, one for a CSV file,
 * however many lines.
 */
@Service
public class BudgetLineExport {

    /** The tables, by the {@code table} parameter of a CSV download. */
    static final String[] TABLES = {"lines", "revisions"};

    private final DSLContext dsl;
    private final FinanceQueries queries;
    private final TableDownloads downloads;

    BudgetLineExport(DSLContext dsl, FinanceQueries queries, TableDownloads downloads) {
        this.dsl = dsl;
        this.queries = queries;
        this.downloads = downloads;
    }

    /**
     * Sends the lines as Excel (lines, revisions, notes) or CSV (the table named by {@code table}; an unknown one is
     * a 404). {@code baseUrl}: the address the product is reached at, for the links to the lines.
     */
    @Transactional(readOnly = true)
    public void send(HttpServletResponse response, TableDownloads.Format format, String table, LineFilter filter,
            boolean includeUnpublished, Locale locale, String baseUrl) throws IOException {
        int csvTable = TableDownloads.csvTable(table, TABLES);
        Condition where = FinanceQueries.condition(filter).and(FinanceQueries.lineVisibility(BL, includeUnpublished));
        List<Note> notes = List.of(downloads.listNote(locale), downloads.scopeNote(includeUnpublished, locale),
                new Note(t("download.lines.note.amounts", locale), t("download.lines.note.amountsText", locale)),
                new Note(t("download.lines.note.revisions", locale), t("download.lines.note.revisionsText", locale)),
                new Note(t("download.note.source", locale), t("download.note.sourceText", locale)));
        Export export = new Export(List.of(lines(where, locale, baseUrl), revisions(where, locale)),
                t("download.sheet.notes", locale), notes);
        downloads.send(response, format, t("download.lines.fileName", locale), export, csvTable, locale);
    }

    private Table lines(Condition where, Locale locale, String baseUrl) {
        List<Column> columns = List.of(
                Column.number(t("download.col.lineId", locale)),
                Column.text(t("download.col.programmeCode", locale)),
                Column.text(t("download.col.programme", locale)),
                Column.number(t("download.col.projectId", locale)),
                Column.text(t("download.col.project", locale)),
                Column.text(t("download.col.funder", locale)),
                Column.text(t("download.col.funderCategory", locale)),
                Column.text(t("download.col.regional", locale)),
                Column.number(t("download.col.year", locale)),
                Column.number(t("download.col.revision", locale)),
                Column.number(t("download.col.budgeted", locale)),
                Column.number(t("download.col.committed", locale)),
                Column.number(t("download.col.realised", locale)),
                Column.number(t("download.col.originalBudgeted", locale)),
                Column.number(t("download.col.originalCommitted", locale)),
                Column.number(t("download.col.originalRealised", locale)),
                Column.text(t("download.col.reason", locale)),
                Column.text(t("download.col.recordedBy", locale)),
                Column.date(t("download.col.recordedOn", locale)),
                Column.text(t("download.col.source", locale)),
                Column.text(t("download.col.sourceUrl", locale)),
                Column.text(t("download.col.address", locale)));
        var query = queries.lineSelect().where(where).orderBy(FinanceQueries.REPORT_ORDER);
        return new Table(t("download.lines.sheet", locale), columns, Rows.query(query, r -> {
            BudgetLineView l = FinanceQueries.lineView(r);
            return row(l.id(), l.programmeCode(), l.programmeName(), l.projectId(), l.projectTitle(), l.funderName(),
                    t("funderCategory." + l.category(), locale), downloads.yesNo(l.regional(), locale), l.year(),
                    l.revision(), l.current().budgeted(), l.current().committed(), l.current().realised(),
                    l.original().budgeted(), l.original().committed(), l.original().realised(), l.reason(),
                    l.recordedBy(), Cells.date(l.recordedAt()), Cells.source(l.source()),
                    Cells.sourceUrl(l.source()), baseUrl + "/finance/budget-lines/" + l.id());
        }));
    }

    private Table revisions(Condition where, Locale locale) {
        List<Column> columns = List.of(
                Column.number(t("download.col.lineId", locale)),
                Column.number(t("download.col.revision", locale)),
                Column.text(t("download.col.programmeCode", locale)),
                Column.number(t("download.col.projectId", locale)),
                Column.text(t("download.col.project", locale)),
                Column.text(t("download.col.funder", locale)),
                Column.number(t("download.col.year", locale)),
                Column.number(t("download.col.budgeted", locale)),
                Column.number(t("download.col.committed", locale)),
                Column.number(t("download.col.realised", locale)),
                Column.text(t("download.col.reason", locale)),
                Column.text(t("download.col.recordedBy", locale)),
                Column.date(t("download.col.recordedOn", locale)),
                Column.text(t("download.col.source", locale)),
                Column.text(t("download.col.sourceUrl", locale)));
        BudgetRevision r = BUDGET_REVISION;
        List<SortField<?>> order = new ArrayList<>(FinanceQueries.REPORT_ORDER);
        order.add(r.REVISION.asc());
        var query = dsl.select(r.BUDGET_LINE_ID, r.REVISION, LINE_PROGRAMME_CODE, BL.PROJECT_ID, LINE_PROJECT_TITLE,
                        F.NAME, BL.YEAR, r.BUDGETED, r.COMMITTED, r.REALISED, r.REASON, r.RECORDED_BY, r.RECORDED_AT,
                        r.SOURCE_LOCATOR, S.CODE, S.TITLE, S.URL)
                .from(r)
                .join(BL).on(BL.ID.eq(r.BUDGET_LINE_ID))
                .join(F).on(F.ID.eq(BL.FUNDER_ID))
                .join(FC).on(FC.CODE.eq(F.CATEGORY_CODE))
                .leftJoin(S).on(S.ID.eq(r.SOURCE_ID))
                .where(where)
                .orderBy(order);
        return new Table(t("download.revisions.sheet", locale), columns, Rows.query(query, x -> {
            SourceRef source = SOURCE_COLUMNS.ref(x, r.SOURCE_LOCATOR);
            return row(x.get(r.BUDGET_LINE_ID), x.get(r.REVISION), x.get(LINE_PROGRAMME_CODE), x.get(BL.PROJECT_ID),
                    x.get(LINE_PROJECT_TITLE), x.get(F.NAME), x.get(BL.YEAR), x.get(r.BUDGETED), x.get(r.COMMITTED),
                    x.get(r.REALISED), x.get(r.REASON), x.get(r.RECORDED_BY), Cells.date(x.get(r.RECORDED_AT)),
                    Cells.source(source), Cells.sourceUrl(source));
        }));
    }

    private String t(String key, Locale locale) {
        return downloads.text(key, locale);
    }
}
