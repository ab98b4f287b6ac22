package org.regiomonitor.voucher.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.web.ScriptJson;
import org.regiomonitor.voucher.VoucherGroupTotals;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options (JSON) for the voucher bar charts: number of awards per group. Amounts are not
 * charted because unknown amounts would make bars look smaller than they are; the tables show them.
 */
@Component
class VoucherCharts {

    private final JsonMapper json;
    private final ChartText text;

    VoucherCharts(JsonMapper json, ChartText text) {
        this.json = json;
        this.text = text;
    }

    String awardsBar(List<VoucherGroupTotals> groups, Function<VoucherGroupTotals, String> label, String title) {
        // horizontal bars: long labels (scheme names) stay readable; the largest group on top
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> displays = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            Long awards = groups.get(i).totals().awards();
            names.add(label.apply(groups.get(i)));
            displays.add(text.number(awards));
            values.add(text.item(awards, displays.getLast()));
        }
        String seriesName = text.message("voucher.awards");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", text.aria(text.barsDescription(title, names.reversed(),
                List.of(new ChartText.Series(seriesName, displays.reversed())))));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        // labels break over lines rather than being cut (the page script narrows them on a phone)
        option.put("yAxis", Map.of("type", "category", "data", names,
                "axisLabel", Map.of("width", 220, "overflow", "break", "interval", 0, "lineHeight", 14)));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", values,
                "itemStyle", Map.of("color", "#0b5c8a"))));
        return ScriptJson.write(json, option);
    }
}
