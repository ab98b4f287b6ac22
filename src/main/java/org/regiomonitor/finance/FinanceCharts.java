package org.regiomonitor.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regiomonitor.shared.web.ScriptJson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options (as JSON for a {@code <script type="application/json">} block, see app.js) for the
 * finance charts, labelled in the current language. Pair every chart with its table
 * ({@code finance/fragments :: category-table}).
 */
@Component
public class FinanceCharts {

    private final MessageSource messages;
    private final JsonMapper json;

    FinanceCharts(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Bars per funder category: budgeted, committed and realised (unknown sums are gaps, not zero). */
    public String budgetVsRealised(List<CategoryTotals> categories) {
        List<String> names = new ArrayList<>();
        List<Object> budgeted = new ArrayList<>();
        List<Object> committed = new ArrayList<>();
        List<Object> realised = new ArrayList<>();
        for (CategoryTotals c : categories) {
            names.add(msg(c.messageKey()));
            budgeted.add(millions(c.totals().budgeted()));
            committed.add(millions(c.totals().committed()));
            realised.add(millions(c.totals().realised()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        // room on the right for the axis name "€ mln", which was cut to "€"
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 56, "top", 36, "bottom", 8));
        // horizontal bars: the category names are long and must stay readable
        option.put("yAxis", Map.of("type", "category", "data", names, "inverse", true,
                "axisLabel", Map.of("interval", 0, "width", 170, "overflow", "break")));
        option.put("xAxis", Map.of("type", "value", "name", "€ mln", "nameLocation", "end"));
        option.put("series", List.of(
                series(msg("finance.budgeted"), budgeted, "#0b5c8a"),
                series(msg("finance.committed"), committed, "#7aa6c2"),
                series(msg("finance.realised"), realised, "#e07b00")));
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

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
