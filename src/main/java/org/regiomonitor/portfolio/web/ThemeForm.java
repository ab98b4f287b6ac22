package org.regiomonitor.portfolio.web;

import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeView;
import org.regiomonitor.portfolio.internal.ThemeInput;
import org.regiomonitor.shared.web.SourcedForm;

/** The theme form as the browser posts it. */
public class ThemeForm extends SourcedForm {

    private String code;
    private String name;
    private ThemeKind kind;
    private String description;
    private Integer position;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ThemeKind getKind() {
        return kind;
    }

    public void setKind(ThemeKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    static ThemeForm empty(int position) {
        ThemeForm f = new ThemeForm();
        f.kind = ThemeKind.THEME;
        f.position = position;
        return f;
    }

    static ThemeForm of(ThemeView t) {
        ThemeForm f = new ThemeForm();
        f.code = t.code();
        f.name = t.name();
        f.kind = t.kind();
        f.description = t.description();
        f.position = t.position();
        f.loadSource(t.sourceId(), t.sourceLocator(), t.version());
        return f;
    }

    ThemeInput toInput() {
        return new ThemeInput(code, name, kind, description, position, getSourceId(), getSourceLocator(), getVersion());
    }
}
