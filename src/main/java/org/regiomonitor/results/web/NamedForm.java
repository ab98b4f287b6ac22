package org.regiomonitor.results.web;

import org.regiomonitor.shared.Text;

/**
 * What every named thing of the results framework has in a form: a code and a name in Dutch, English and German
 * (catalogue indicators, dimensions and their values). The forms extend it, so the fields bind the same way.
 */
public class NamedForm {

    protected String code;
    protected String nameNl;
    protected String nameEn;
    protected String nameDe;

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

    /** Neither a code nor a name filled in (a blank row of a form). */
    boolean isUnnamed() {
        return Text.isBlank(code) && Text.isBlank(nameNl) && Text.isBlank(nameEn) && Text.isBlank(nameDe);
    }
}
