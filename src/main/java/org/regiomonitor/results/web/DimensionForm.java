package org.regiomonitor.results.web;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.results.internal.DimensionInput;
import org.regiomonitor.shared.Text;

/**
 * A disaggregation dimension with its values as the browser posts it: a fixed number of value rows, of which the
 * blank ones are left out (their errors are mapped back to the rows by {@link FormRows}).
 */
public class DimensionForm {

    /** Rows offered on a new form; enough for gender, age groups or education levels. */
    static final int ROWS = 8;

    private String code;
    private String nameNl;
    private String nameEn;
    private String nameDe;
    private List<ValueRow> values = new ArrayList<>();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

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
        return FormRows.of(values.size(), i -> !values.get(i).isBlank());
    }

    DimensionInput toInput(FormRows rows) {
        return new DimensionInput(code, nameNl, nameEn, nameDe, rows.map(i -> values.get(i).toInput()), null);
    }

    /** One value of the dimension. */
    public static class ValueRow {

        private String code;
        private String nameNl;
        private String nameEn;
        private String nameDe;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameNl() {
            return nameNl;
        }

        public void setNameNl(String nameNl) {
            this.nameNl = nameNl;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameDe() {
            return nameDe;
        }

        public void setNameDe(String nameDe) {
            this.nameDe = nameDe;
        }

        boolean isBlank() {
            return Text.isBlank(code) && Text.isBlank(nameNl) && Text.isBlank(nameEn) && Text.isBlank(nameDe);
        }

        DimensionInput.ValueInput toInput() {
            return new DimensionInput.ValueInput(code, nameNl, nameEn, nameDe);
        }
    }
}
