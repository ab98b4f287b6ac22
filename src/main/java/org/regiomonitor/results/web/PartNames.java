package org.regiomonitor.results.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityChoices;
import org.regiomonitor.results.internal.ResultsReader;
import org.regiomonitor.results.internal.ResultsViews.DimensionView;
import org.regiomonitor.results.internal.ResultsViews.DisaggregationView;

/**
 * The names of the parts of a value, for the update form and the review queue: a municipality by its name, a
 * dimension value by its dimension and value in the page's language. What is unknown keeps its code.
 * {@code home}: the codes of the home region's municipalities, by name (the rows the form offers).
 */
public record PartNames(List<String> home, Map<String, String> municipalities, Map<Long, String> dimensions, Map<Long, String> values,
        Map<Long, Long> dimensionOfValue) {

    static PartNames of(MunicipalityChoices municipalities, List<DimensionView> dimensions, Locale locale) {
        Map<String, String> byCode = Stream.concat(municipalities.home().stream(), municipalities.others().stream())
                .collect(Collectors.toMap(AreaSummary::code, AreaSummary::name, (a, b) -> a));
        Map<Long, String> dimensionNames = new HashMap<>();
        Map<Long, String> valueNames = new HashMap<>();
        Map<Long, Long> dimensionOfValue = new HashMap<>();
        for (DimensionView d : dimensions) {
            dimensionNames.put(d.id(), ResultsReader.localName(locale, d.nameNl(), d.nameEn(), d.nameDe()));
            d.values().forEach(v -> {
                valueNames.put(v.id(), ResultsReader.localName(locale, v.nameNl(), v.nameEn(), v.nameDe()));
                dimensionOfValue.put(v.id(), d.id());
            });
        }
        return new PartNames(municipalities.home().stream().map(AreaSummary::code).toList(), byCode, dimensionNames,
                valueNames, dimensionOfValue);
    }

    public String municipality(String code) {
        return code == null ? "?" : municipalities.getOrDefault(code, code);
    }

    /** "Geslacht: vrouw", "Almelo". */
    public String of(DisaggregationView part) {
        if (part.areaCode() != null) {
            return municipality(part.areaCode());
        }
        return dimensions.getOrDefault(part.dimensionId(), "?") + ": "
                + values.getOrDefault(part.dimensionValueId(), String.valueOf(part.dimensionValueId()));
    }
}
