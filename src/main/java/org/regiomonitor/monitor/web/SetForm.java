package org.regiomonitor.monitor.web;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.monitor.internal.MonitorEditing.SetEdit;
import org.regiomonitor.monitor.internal.SetInput;
import org.regiomonitor.shared.Text;

/**
 * The indicator set form: names, description, source and the ordered indicators. The buttons beside the indicators
 * (up, down, remove) and "add" post the form with {@code op} and show it again, changed, without saving, so that the
 * order is composed without script; "save" writes it.
 */
public class SetForm {

    private String code;
    private String nameNl;
    private String nameEn;
    private String nameDe;
    private String description;
    private String source;
    private String sourceLocator;
    private List<String> indicators = new ArrayList<>();
    private String addIndicator;
    private String op;
    private Integer version;

    static SetForm of(SetEdit s) {
        SetForm f = new SetForm();
        f.code = s.code();
        f.nameNl = s.nameNl();
        f.nameEn = s.nameEn();
        f.nameDe = s.nameDe();
        f.description = s.description();
        f.source = s.source();
        f.sourceLocator = s.sourceLocator();
        f.indicators = new ArrayList<>(s.indicators());
        f.version = s.version();
        return f;
    }

    SetInput toInput() {
        return new SetInput(code, nameNl, nameEn, nameDe, description, source, sourceLocator, indicators, version);
    }

    /** Applies an up/down/remove/add button; false when {@code op} is not one (then the form is saved). */
    boolean applyOp() {
        if (Text.isBlank(op)) {
            return false;
        }
        indicators.removeIf(Text::isBlank);
        String[] parts = op.split(":", 2);
        int at = -1;
        if (parts.length == 2) {
            try {
                at = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                return true; // not a button of this form: shown again unchanged
            }
        }
        switch (parts[0]) {
            case "add" -> {
                if (!Text.isBlank(addIndicator) && !indicators.contains(Text.strip(addIndicator))) {
                    indicators.add(Text.strip(addIndicator));
                }
                addIndicator = null;
            }
            case "up" -> {
                if (at > 0 && at < indicators.size()) {
                    indicators.add(at - 1, indicators.remove(at));
                }
            }
            case "down" -> {
                if (at >= 0 && at < indicators.size() - 1) {
                    indicators.add(at + 1, indicators.remove(at));
                }
            }
            case "remove" -> {
                if (at >= 0 && at < indicators.size()) {
                    indicators.remove(at);
                }
            }
            default -> {
            }
        }
        op = null;
        return true;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String v) { nameNl = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getNameDe() { return nameDe; }
    public void setNameDe(String v) { nameDe = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getSourceLocator() { return sourceLocator; }
    public void setSourceLocator(String v) { sourceLocator = v; }
    public List<String> getIndicators() { return indicators; }
    public void setIndicators(List<String> v) { indicators = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getAddIndicator() { return addIndicator; }
    public void setAddIndicator(String v) { addIndicator = v; }
    public String getOp() { return op; }
    public void setOp(String v) { op = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
