package org.regiomonitor.results.web;

import org.regiomonitor.results.Measure;
import org.regiomonitor.results.internal.CatalogueIndicatorInput;
import org.regiomonitor.results.internal.ResultsViews.CatalogueView;

/** The form of a catalogue indicator as the browser posts it. */
public class CatalogueForm extends NamedForm {

    private String definition;
    private Measure measure;
    private String unitLabel;
    private Boolean cumulative;
    private Boolean ascending;
    private Integer decimals;
    private Integer version;

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public String getUnitLabel() {
        return unitLabel;
    }

    public void setUnitLabel(String unitLabel) {
        this.unitLabel = unitLabel;
    }

    public Boolean getCumulative() {
        return cumulative;
    }

    public void setCumulative(Boolean cumulative) {
        this.cumulative = cumulative;
    }

    public Boolean getAscending() {
        return ascending;
    }

    public void setAscending(Boolean ascending) {
        this.ascending = ascending;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** A new indicator: a count, per period, higher is better, whole numbers. */
    static CatalogueForm empty() {
        CatalogueForm f = new CatalogueForm();
        f.measure = Measure.UNIT;
        f.cumulative = false;
        f.ascending = true;
        f.decimals = 0;
        return f;
    }

    static CatalogueForm of(CatalogueView c) {
        CatalogueForm f = new CatalogueForm();
        f.code = c.code();
        f.nameNl = c.nameNl();
        f.nameEn = c.nameEn();
        f.nameDe = c.nameDe();
        f.definition = c.definition();
        f.measure = c.measure();
        f.unitLabel = c.unitLabel();
        f.cumulative = c.cumulative();
        f.ascending = c.ascending();
        f.decimals = c.decimals();
        f.version = c.version();
        return f;
    }

    CatalogueIndicatorInput toInput() {
        return new CatalogueIndicatorInput(code, nameNl, nameEn, nameDe, definition, measure, unitLabel, cumulative,
                ascending, decimals, version);
    }
}
