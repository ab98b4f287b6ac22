package org.regiomonitor.monitor.imports;

/** The import layouts Regiomonitor reads (docs/monitor-imports.md). */
public enum ImportFormat {
    /** CBS open-data OData v4: properties.json, dimensions.json, measure-codes.json, codes-*.json, observations-page-N.json. */
    CBS_ODATA4,
    /** CBS StatLine "untyped data set" CSV: wide, one column per measure, ';'-separated, quoted, BOM. */
    CBS_STATLINE_CSV,
    /** The Eurostat NUTS extracts in shared/data (Data Commons CSV layout). */
    EUROSTAT_CSV,
    /** Regiomonitor's long template: indicator, area, period, value, status, source (CSV or Excel). */
    TEMPLATE;

    /** The reader of this format with the options of one import. */
    public ObservationReader reader(ImportOptions options) {
        return switch (this) {
            case CBS_ODATA4 -> new CbsOdata4Reader(options);
            case CBS_STATLINE_CSV -> new CbsStatlineCsvReader(options);
            case EUROSTAT_CSV -> new EurostatCsvReader(options);
            case TEMPLATE -> new TemplateReader();
        };
    }
}
