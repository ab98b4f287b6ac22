package org.regiomonitor.finance;

import java.util.List;


/**
 * Project money that reaches one area (usually a municipality): the current amounts of the budget
 * lines of the projects linked to the area ({@code project_area}). A project that reaches several
 * areas counts in full in each of them (its money is not split, as the sources do not say how), so
 * these totals must not be added up across areas. Region-wide projects without linked areas are not
 * counted. Programme budgets are not counted either: they are not tied to a place.
 *
 * @param areaCode     area code, e.g. GM0153
 * @param areaName     area name
 * @param projectCount number of projects with budget lines that reach the area
 * @param totals       sums over those projects' budget lines
 * @param byCategory   the same per funder category (only categories with lines)
 * @param sources      the sources of the amounts
 */
public record AreaFinance(String areaCode, String areaName, int projectCount, MoneyTotals totals,
        List<CategoryTotals> byCategory, MoneySources sources) {

    public AreaFinance {
        byCategory = List.copyOf(byCategory);
    }
}
