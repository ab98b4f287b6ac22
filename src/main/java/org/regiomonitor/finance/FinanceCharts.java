package org.regiomonitor.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regiomonitor.shared.ChartText;
import org.regiomonitor.shared.web.ScriptJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options (as JSON for a {@code <script type="application/json">} block, see app.js) for the
 * finance charts, labelled in the current language. Pair every chart with its table
 * ({@code finance/fragments :: category-table}).
 */
@Component
public class FinanceCharts {

    private final ChartText text;
    private final JsonMapper json;

    FinanceCharts(ChartText text, JsonMapper json) {
        this.text = text;
        this.json = json;
    }

    /**
     * Bars per funder category: budgeted, committed and realised (unknown sums are gaps, not zero). Bars are
     * drawn in millions; tooltips and the description give the amounts as the table does.
     */
    public String budgetVsRealised(List<CategoryTotals> categories) {
        List<String> names = new ArrayList<>();
        List<ChartText.Series> described = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        String[] keys = {"finance.budgeted", "finance.committed", "finance.realised"};
        String[] colours = {"#0b5c8a", "#7aa6c2", "#e07b00"};
        for (CategoryTotals c : categories) {
            names.add(text.message(c.messageKey()));
        }
        for (int i = 0; i < keys.length; i++) {
            List<Object> data = new ArrayList<>();
            List<String> displays = new ArrayList<>();
            for (CategoryTotals c : categories) {
                java.math.BigDecimal amount = switch (i) {
                    case 0 -> c.totals().budgeted();
                    case 1 -> c.totals().committed();
                    default -> c.totals().realised();
                };
                displays.add(text.euro(amount));
                data.add(text.item(millions(amount), displays.getLast()));
            }
            series.add(series(text.message(keys[i]), data, colours[i]));
            described.add(new ChartText.Series(text.message(keys[i]), displays));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", text.aria(text.barsDescription(text.message("finance.chart.title"), names, described)));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        // room on the right for the axis name "€ mln", which was cut to "€"
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 56, "top", 36, "bottom", 8));
        // horizontal bars: the category names are long and must stay readable; they break over lines
        option.put("yAxis", Map.of("type", "category", "data", names, "inverse", true,
                "axisLabel", Map.of("interval", 0, "width", 170, "overflow", "break", "lineHeight", 14)));
        option.put("xAxis", Map.of("type", "value", "name", "€ mln", "nameLocation", "end"));
        option.put("series", series);
        return ScriptJson.write(json, option);
    }

    /** Amounts in millions for the axis (exact amounts stay in the table alternative). */
    private static java.math.BigDecimal millions(java.math.BigDecimal amount) {
        return amount == null ? null
                : amount.divide(java.math.BigDecimal.valueOf(1_000_000), 1, java.math.RoundingMode.HALF_UP);
    }

    /** The sum over categories (for total rows in templates). */
    public MoneyTotals total(List<CategoryTotals> categories) {
        return categories.stream().map(CategoryTotals::totals).reduce(MoneyTotals.NONE, MoneyTotals::plus);
    }

    private static Map<String, Object> series(String name, List<Object> data, String colour) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        s.put("data", data);
        s.put("itemStyle", Map.of("color", colour));
        return s;
    }

}
