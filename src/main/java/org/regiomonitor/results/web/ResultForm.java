package org.regiomonitor.results.web;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.results.ResultType;
import org.regiomonitor.results.internal.ResultInput;
import org.regiomonitor.results.internal.ResultsViews.ResultView;

/** The form of a project's result as the browser posts it. */
public class ResultForm {

    private String title;
    private ResultType type;
    private String description;
    private List<Long> themeIds = new ArrayList<>();
    private Integer position;
    private Integer version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ResultType getType() {
        return type;
    }

    public void setType(ResultType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    static ResultForm empty(int position) {
        ResultForm f = new ResultForm();
        f.type = ResultType.OUTPUT;
        f.position = position;
        return f;
    }

    static ResultForm of(ResultView r) {
        ResultForm f = new ResultForm();
        f.title = r.title();
        f.type = r.type();
        f.description = r.description();
        f.themeIds = new ArrayList<>(r.themeIds());
        f.position = r.position();
        f.version = r.version();
        return f;
    }

    ResultInput toInput() {
        return new ResultInput(title, type, description, themeIds, position, version);
    }
}
