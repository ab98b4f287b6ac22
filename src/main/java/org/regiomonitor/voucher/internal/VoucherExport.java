package org.regiomonitor.voucher.internal;

import static org.regiomonitor.shared.export.Rows.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.regiomonitor.shared.export.Cells;
import org.regiomonitor.shared.export.Column;
import org.regiomonitor.shared.export.Export;
import org.regiomonitor.shared.export.Note;
import org.regiomonitor.shared.export.Rows;
import org.regiomonitor.shared.export.Table;
import org.regiomonitor.shared.export.TableDownloads;
import org.regiomonitor.voucher.VoucherFilter;
import org.regiomonitor.voucher.VoucherQueries;
import org.regiomonitor.voucher.internal.VoucherRepository.VoucherSort;
import org.regiomonitor.voucher.internal.VoucherViews.VoucherDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voucher list as a download (issue 9): every award row the list shows with its filters, in its order, with the
 * list's columns ({@link VoucherRepository#select}) read through a cursor: one query however many rows.
 */
@Service
public class VoucherExport {

    private final VoucherRepository repository;
    private final TableDownloads downloads;

    VoucherExport(VoucherRepository repository, TableDownloads downloads) {
        this.repository = repository;
        this.downloads = downloads;
    }

    /** Sends the list as Excel or CSV. */
    @Transactional(readOnly = true)
    public void send(HttpServletResponse response, TableDownloads.Format format, VoucherFilter filter, VoucherSort sort,
            boolean descending, boolean includeUnpublished, Locale locale) throws IOException {
        List<Column> columns = List.of(
                Column.number(t("download.col.voucherId", locale)),
                Column.text(t("download.col.programmeCode", locale)),
                Column.text(t("download.col.programme", locale)),
                Column.number(t("download.col.projectId", locale)),
                Column.text(t("download.col.project", locale)),
                Column.text(t("download.col.scheme", locale)),
                Column.text(t("download.col.schemeKind", locale)),
                Column.number(t("download.col.quantity", locale)),
                Column.text(t("download.col.quantityQualifier", locale)),
                Column.number(t("download.col.amount", locale)),
                Column.number(t("download.col.maxAmount", locale)),
                Column.text(t("download.col.maxAmountSource", locale)),
                Column.date(t("download.col.awardedOn", locale)),
                Column.number(t("download.col.year", locale)),
                Column.text(t("download.col.municipalityCode", locale)),
                Column.text(t("download.col.municipality", locale)),
                Column.text(t("download.col.recipientKind", locale)),
                Column.text(t("download.col.published", locale)),
                Column.text(t("download.col.source", locale)),
                Column.text(t("download.col.sourceUrl", locale)));
        var query = repository.select(includeUnpublished)
                .where(VoucherQueries.condition(filter, includeUnpublished))
                .orderBy(VoucherRepository.order(sort, descending));
        Table table = new Table(t("download.vouchers.sheet", locale), columns, Rows.query(query, r -> {
            VoucherDetail v = VoucherRepository.detail(r, includeUnpublished);
            return row(v.id(), v.programmeCode(), v.programmeName(), v.projectId(), v.projectTitle(), v.scheme(),
                    downloads.label("schemeKind.", v.schemeKind(), locale), v.quantity(),
                    v.quantityQualifier() == null ? null : v.quantityQualifier().name(), v.amount(),
                    v.maxAmountPerAward(), Cells.source(v.maxAmountSource()), v.awardedOn(), v.year(),
                    v.municipalityCode(), v.municipalityName(),
                    downloads.label("voucher.recipientKind.", v.recipientKind(), locale),
                    downloads.yesNo(v.published(), locale), Cells.source(v.source()), Cells.sourceUrl(v.source()));
        }));
        List<Note> notes = List.of(downloads.listNote(locale), downloads.scopeNote(includeUnpublished, locale),
                new Note(t("download.vouchers.note.rows", locale), t("download.vouchers.note.rowsText", locale)),
                new Note(t("download.note.source", locale), t("download.note.sourceText", locale)));
        downloads.send(response, format, t("download.vouchers.fileName", locale),
                new Export(List.of(table), t("download.sheet.notes", locale), notes), 0, locale);
    }

    private String t(String key, Locale locale) {
        return downloads.text(key, locale);
    }
}
