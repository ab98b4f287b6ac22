package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.lower;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.portfolio.internal.ProjectReader.PROJECT_SOURCE;
import static org.regiomonitor.portfolio.internal.ProjectReader.PROJECT_SRC;
import static org.regiomonitor.shared.export.Rows.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.regiomonitor.organisation.OrganisationSql;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectMoney;
import org.regiomonitor.portfolio.internal.ProjectViews.AreaRef;
import org.regiomonitor.portfolio.internal.ProjectViews.ProgrammeRef;
import org.regiomonitor.portfolio.internal.ProjectViews.ThemeRef;
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
 * The project list as a download (issue 9): every project the list shows with its filters, in its order, and the
 * partners of those projects (one row per organisation and project, with its role: an analyst counts and pivots
 * them, which a list in one cell would not allow). The same rows as the list ({@link ProjectReader#conditions}),
 * read through a cursor; the money per project comes from the finance feature per batch of projects, so a download
 * costs a fixed number of queries plus one per {@link #BATCH} projects.
 */
@Service
public class ProjectExport {

    /** The tables, by the {@code table} parameter of a CSV download. */
    static final String[] TABLES = {"projects", "partners"};
    /** Projects whose money is asked for at once. */
    static final int BATCH = 500;

    private final DSLContext dsl;
    private final ProjectMoney.Lookup money;
    private final TableDownloads downloads;

    ProjectExport(DSLContext dsl, ProjectMoney.Lookup money, TableDownloads downloads) {
        this.dsl = dsl;
        this.money = money;
        this.downloads = downloads;
    }

    /**
     * Sends the list as Excel (projects, partners, notes) or CSV (the table named by {@code table}, an unknown one is
     * a 404). {@code baseUrl}: the address the product is reached at, for the links to the projects.
     */
    @Transactional(readOnly = true)
    public void send(HttpServletResponse response, TableDownloads.Format format, String table, ProjectFilter filter,
            ProjectSort sort, boolean includeUnpublished, Locale locale, String baseUrl) throws IOException {
        int csvTable = TableDownloads.csvTable(table, TABLES);
        Condition where = ProjectReader.conditions(filter, includeUnpublished);
        Field<String> lead = OrganisationSql.name(PROJECT.LEAD_ORGANISATION_ID, includeUnpublished);
        List<SortField<?>> order = ProjectReader.order(sort, lead);
        List<Note> notes = List.of(downloads.listNote(locale), downloads.scopeNote(includeUnpublished, locale),
                new Note(t("download.projects.note.money", locale), t("download.projects.note.moneyText", locale)),
                new Note(t("download.projects.note.partners", locale),
                        t("download.projects.note.partnersText", locale)),
                new Note(t("download.note.source", locale), t("download.note.sourceText", locale)));
        Export export = new Export(List.of(projects(where, lead, order, includeUnpublished, locale, baseUrl),
                partners(where, order, includeUnpublished, locale)), t("download.sheet.notes", locale), notes);
        downloads.send(response, format, t("download.projects.fileName", locale), export, csvTable, locale);
    }

    private Table projects(Condition where, Field<String> lead, List<SortField<?>> order, boolean includeUnpublished,
            Locale locale, String baseUrl) {
        List<Column> columns = List.of(
                Column.number(t("download.col.projectId", locale)),
                Column.text(t("download.col.project", locale)),
                Column.text(t("download.col.summary", locale)),
                Column.text(t("download.col.status", locale)),
                Column.text(t("download.col.lead", locale)),
                Column.number(t("download.col.leadId", locale)),
                Column.text(t("download.col.programmes", locale)),
                Column.text(t("download.col.themes", locale)),
                Column.date(t("download.col.start", locale)),
                Column.date(t("download.col.end", locale)),
                Column.text(t("download.col.regionWide", locale)),
                Column.text(t("download.col.municipalities", locale)),
                Column.text(t("download.col.municipalityCodes", locale)),
                Column.number(t("download.col.budgeted", locale)),
                Column.number(t("download.col.budgetedUnknown", locale)),
                Column.number(t("download.col.committed", locale)),
                Column.number(t("download.col.committedUnknown", locale)),
                Column.number(t("download.col.realised", locale)),
                Column.number(t("download.col.realisedUnknown", locale)),
                Column.text(t("download.col.published", locale)),
                Column.text(t("download.col.source", locale)),
                Column.text(t("download.col.sourceUrl", locale)),
                Column.text(t("download.col.address", locale)));
        Field<List<ProgrammeRef>> programmes = ProjectReader.programmes(includeUnpublished);
        Field<List<ThemeRef>> themes = ProjectReader.themes(includeUnpublished);
        Field<List<AreaRef>> municipalities = ProjectReader.municipalities();
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(PROJECT.ID, PROJECT.TITLE, PROJECT.SUMMARY,
                PROJECT.STATUS, PROJECT.LEAD_ORGANISATION_ID, lead, PROJECT.START_DATE, PROJECT.END_DATE,
                PROJECT.REGION_WIDE, PROJECT.PUBLISHED, PROJECT.SOURCE_LOCATOR, programmes, themes, municipalities));
        fields.addAll(PROJECT_SRC.fields());
        var query = dsl.select(fields).from(PROJECT)
                .leftJoin(PROJECT_SOURCE).on(PROJECT_SOURCE.ID.eq(PROJECT.SOURCE_ID))
                .where(where).orderBy(order);
        return new Table(t("download.projects.sheet", locale), columns, Rows.query(query, BATCH, records -> {
            Map<Long, ? extends ProjectMoney> byProject = money.byProject(
                    records.stream().map(r -> r.get(PROJECT.ID)).toList(), includeUnpublished);
            List<List<Object>> rows = new ArrayList<>(records.size());
            for (Record r : records) {
                long id = r.get(PROJECT.ID);
                String leadName = r.get(lead);
                ProjectMoney m = byProject.get(id);
                List<AreaRef> areas = r.get(municipalities);
                SourceRef source = PROJECT_SRC.ref(r, PROJECT.SOURCE_LOCATOR);
                rows.add(row(id, r.get(PROJECT.TITLE), r.get(PROJECT.SUMMARY),
                        downloads.label("projectStatus.", r.get(PROJECT.STATUS), locale),
                        // a lead the caller may not see is neither named nor numbered, as on the page
                        leadName, leadName == null ? null : r.get(PROJECT.LEAD_ORGANISATION_ID),
                        Cells.joined(r.get(programmes).stream().map(ProgrammeRef::code).toList()),
                        Cells.joined(r.get(themes).stream().map(th -> th.programmeCode() + ": " + th.name()).toList()),
                        r.get(PROJECT.START_DATE), r.get(PROJECT.END_DATE),
                        downloads.yesNo(r.get(PROJECT.REGION_WIDE), locale),
                        Cells.joined(areas.stream().map(AreaRef::name).toList()),
                        Cells.joined(areas.stream().map(AreaRef::code).toList()),
                        m == null ? null : m.budgeted(), m == null ? null : m.budgetedUnknown(),
                        m == null ? null : m.committed(), m == null ? null : m.committedUnknown(),
                        m == null ? null : m.realised(), m == null ? null : m.realisedUnknown(),
                        downloads.yesNo(r.get(PROJECT.PUBLISHED), locale),
                        Cells.source(source), Cells.sourceUrl(source), baseUrl + "/projects/" + id));
            }
            return rows;
        }));
    }

    private Table partners(Condition where, List<SortField<?>> order, boolean includeUnpublished, Locale locale) {
        List<Column> columns = List.of(
                Column.number(t("download.col.projectId", locale)),
                Column.text(t("download.col.project", locale)),
                Column.number(t("download.col.organisationId", locale)),
                Column.text(t("download.col.organisation", locale)),
                Column.text(t("download.col.role", locale)));
        // partners the caller may not see (unpublished organisations for anonymous visitors) are left out, as on the
        // project's page
        Field<String> name = OrganisationSql.name(PROJECT_PARTNER.ORGANISATION_ID, includeUnpublished);
        List<SortField<?>> partnerOrder = new ArrayList<>(order);
        partnerOrder.add(PROJECT_PARTNER.ROLE.eq(PartnerRole.LEAD).desc());
        partnerOrder.add(lower(name).asc());
        var query = dsl.select(PROJECT.ID, PROJECT.TITLE, PROJECT_PARTNER.ORGANISATION_ID, name, PROJECT_PARTNER.ROLE)
                .from(PROJECT_PARTNER).join(PROJECT).on(PROJECT.ID.eq(PROJECT_PARTNER.PROJECT_ID))
                .where(where).and(name.isNotNull())
                .orderBy(partnerOrder);
        return new Table(t("download.partners.sheet", locale), columns, Rows.query(query, r -> row(r.value1(),
                r.value2(), r.value3(), r.value4(), downloads.label("partnerRole.", r.value5(), locale))));
    }

    private String t(String key, Locale locale) {
        return downloads.text(key, locale);
    }
}
