package org.regiomonitor.results.web;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.results.internal.DimensionInput;

/**
 * A disaggregation dimension with its values as the browser posts it: a fixed number of value rows, of which the
 * blank ones are left out (their errors are mapped back to the rows by {@link FormRows}).
 */
public class DimensionForm extends NamedForm {

    /** Rows offered on a new form; enough for gender, age groups or education levels. */
    static final int ROWS = 8;

    private List<ValueRow> values = new ArrayList<>();

    public List<ValueRow> getValues() {
        return values;
    }

    public void setValues(List<ValueRow> values) {
        this.values = values;
    }

    static DimensionForm empty() {
        DimensionForm f = new DimensionForm();
        f.padRows();
        return f;
    }

    /** Adds blank rows up to {@link #ROWS}, so that a form posted back has room for more values. */
    void padRows() {
        while (values.size() < ROWS) {
            values.add(new ValueRow());
        }
    }

    /** The rows with something in them (indices into {@link #getValues()}). */
    FormRows filledRows() {
        return FormRows.of(values.size(), i -> !values.get(i).isUnnamed());
    }

    DimensionInput toInput(FormRows rows) {
        return new DimensionInput(code, nameNl, nameEn, nameDe, rows.map(i -> values.get(i).toInput()), null);
    }

    /** One value of the dimension. */
    public static class ValueRow extends NamedForm {

        DimensionInput.ValueInput toInput() {
            return new DimensionInput.ValueInput(code, nameNl, nameEn, nameDe);
        }
    }
}
