package org.regiomonitor.voucher.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.regiomonitor.shared.web.ScriptJson;
import org.regiomonitor.voucher.VoucherGroupTotals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options (JSON) for the voucher bar charts: number of awards per group. Amounts are not
 * charted because unknown amounts would make bars look smaller than they are; the tables show them.
 */
@Component
class VoucherCharts {

    private final JsonMapper json;
    private final MessageSource messages;

    VoucherCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String awardsBar(List<VoucherGroupTotals> groups, Function<VoucherGroupTotals, String> label, Locale locale) {
        // horizontal bars: long labels (scheme names) stay readable; the largest group on top
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            names.add(label.apply(groups.get(i)));
            values.add(groups.get(i).totals().awards());
        }
        String seriesName = messages.getMessage("voucher.awards", null, locale);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("width", 220, "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", values,
                "itemStyle", Map.of("color", "#0b5c8a"))));
        return ScriptJson.write(json, option);
    }
}
