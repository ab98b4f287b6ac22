package org.regiomonitor.portfolio.web;

import org.regiomonitor.portfolio.ThemeKind;
import org.regiomonitor.portfolio.internal.ProgrammeViews.ThemeView;
import org.regiomonitor.portfolio.internal.ThemeInput;

/** The theme form as the browser posts it. */
public class ThemeForm {

    private String code;
    private String name;
    private ThemeKind kind;
    private String description;
    private Integer position;
    private Long sourceId;
    private String sourceLocator;
    private Integer version;

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

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public String getSourceLocator() {
        return sourceLocator;
    }

    public void setSourceLocator(String sourceLocator) {
        this.sourceLocator = sourceLocator;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
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
        f.sourceId = t.sourceId();
        f.sourceLocator = t.sourceLocator();
        f.version = t.version();
        return f;
    }

    ThemeInput toInput() {
        return new ThemeInput(code, name, kind, description, position, sourceId, sourceLocator, version);
    }
}
