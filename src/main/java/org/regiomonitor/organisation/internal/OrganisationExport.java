package org.regiomonitor.organisation.internal;

import static org.regiomonitor.db.Tables.ORGANISATION;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.organisation.internal.OrganisationRepository.MUNICIPALITY_CODE;
import static org.regiomonitor.organisation.internal.OrganisationRepository.MUNICIPALITY_NAME;
import static org.regiomonitor.shared.export.Rows.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.regiomonitor.organisation.internal.OrganisationViews.OrganisationFilter;
import org.regiomonitor.shared.SourceColumns;
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
 * The organisation list as a download (issue 9): every organisation the list shows with its filters, in its order
 * ({@link OrganisationRepository#listCondition}), read through a cursor: one query however many rows. Who takes part
 * in which project is in the project list's download (its partners table), which the portfolio owns.
 */
@Service
public class OrganisationExport {

    private static final SourceColumns SRC = SourceColumns.of(SOURCE);

    private final DSLContext dsl;
    private final TableDownloads downloads;

    OrganisationExport(DSLContext dsl, TableDownloads downloads) {
        this.dsl = dsl;
        this.downloads = downloads;
    }

    /** Sends the list as Excel or CSV. {@code baseUrl}: the address the product is reached at. */
    @Transactional(readOnly = true)
    public void send(HttpServletResponse response, TableDownloads.Format format, OrganisationFilter filter,
            boolean includeUnpublished, Locale locale, String baseUrl) throws IOException {
        List<Column> columns = List.of(
                Column.number(t("download.col.organisationId", locale)),
                Column.text(t("download.col.organisation", locale)),
                Column.text(t("download.col.kind", locale)),
                Column.text(t("download.col.municipalityCode", locale)),
                Column.text(t("download.col.municipality", locale)),
                Column.text(t("download.col.website", locale)),
                Column.text(t("download.col.description", locale)),
                Column.text(t("download.col.published", locale)),
                Column.text(t("download.col.source", locale)),
                Column.text(t("download.col.sourceUrl", locale)),
                Column.text(t("download.col.address", locale)));
        var query = dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, MUNICIPALITY_CODE,
                        MUNICIPALITY_NAME, ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION, ORGANISATION.PUBLISHED,
                        ORGANISATION.SOURCE_LOCATOR, SRC.code(), SRC.title(), SRC.url())
                .from(ORGANISATION)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(ORGANISATION.SOURCE_ID))
                .where(OrganisationRepository.listCondition(filter, includeUnpublished))
                .orderBy(OrganisationRepository.order(filter));
        Table table = new Table(t("download.organisations.sheet", locale), columns, Rows.query(query, r -> {
            SourceRef source = SRC.ref(r, ORGANISATION.SOURCE_LOCATOR);
            return row(r.get(ORGANISATION.ID), r.get(ORGANISATION.NAME),
                    downloads.label("organisation.kind.", r.get(ORGANISATION.KIND), locale), r.get(MUNICIPALITY_CODE),
                    r.get(MUNICIPALITY_NAME), r.get(ORGANISATION.WEBSITE), r.get(ORGANISATION.DESCRIPTION),
                    downloads.yesNo(r.get(ORGANISATION.PUBLISHED), locale), Cells.source(source),
                    Cells.sourceUrl(source), baseUrl + "/organisations/" + r.get(ORGANISATION.ID));
        }));
        List<Note> notes = List.of(downloads.listNote(locale), downloads.scopeNote(includeUnpublished, locale),
                new Note(t("download.organisations.note.projects", locale),
                        t("download.organisations.note.projectsText", locale)),
                new Note(t("download.note.source", locale), t("download.note.sourceText", locale)));
        downloads.send(response, format, t("download.organisations.fileName", locale),
                new Export(List.of(table), t("download.sheet.notes", locale), notes), 0, locale);
    }

    private String t(String key, Locale locale) {
        return downloads.text(key, locale);
    }
}
