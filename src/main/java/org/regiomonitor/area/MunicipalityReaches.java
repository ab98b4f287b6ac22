package org.regiomonitor.area;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

/**
 * What reaches a municipality, as the model of the fragment {@code area/fragments :: municipality-reaches}: the one
 * way the municipality page and a report's council edition ask every {@link MunicipalityPageSection} for its part.
 */
@Component
public class MunicipalityReaches {

    private final List<MunicipalityPageSection> sections;
    private final Areas areas;

    MunicipalityReaches(List<MunicipalityPageSection> sections, Areas areas) {
        this.sections = sections;
        this.areas = areas;
    }

    /**
     * Adds the sections' attributes and {@code inHomeRegion}, {@code homeRegionCode}, {@code seeUnpublished}.
     *
     * @param parents the regions the municipality belongs to (region-wide projects reach only the home region's)
     */
    public void addTo(Model model, AreaSummary municipality, List<AreaSummary> parents, boolean seeUnpublished) {
        addTo(model, municipality, parents, seeUnpublished, false);
    }

    /**
     * The same as a map, for a document made outside a request (a report), with what the page keeps behind links
     * inline ({@link MunicipalityPageSection#addToDocument}).
     */
    public Map<String, Object> model(AreaSummary municipality, List<AreaSummary> parents, boolean seeUnpublished) {
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("area", municipality);
        addTo(model, municipality, parents, seeUnpublished, true);
        return model;
    }

    private void addTo(Model model, AreaSummary municipality, List<AreaSummary> parents, boolean seeUnpublished,
            boolean document) {
        boolean inHomeRegion = parents.stream().anyMatch(p -> p.code().equals(areas.homeRegionCode()));
        model.addAttribute("inHomeRegion", inHomeRegion);
        model.addAttribute("homeRegionCode", areas.homeRegionCode());
        model.addAttribute("seeUnpublished", seeUnpublished);
        for (MunicipalityPageSection section : sections) {
            if (document) {
                section.addToDocument(model, municipality, inHomeRegion, seeUnpublished);
            } else {
                section.addTo(model, municipality, inHomeRegion, seeUnpublished);
            }
        }
    }
}
