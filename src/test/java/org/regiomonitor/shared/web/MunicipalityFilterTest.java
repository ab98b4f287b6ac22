package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6: the municipality filters of the lists offer the home region's municipalities first (Twente's 14),
 * the others after them in their own group, not one list of 342 names; the chosen one stays chosen.
 */
@IntegrationTest
class MunicipalityFilterTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/projects", "/organisations", "/vouchers"})
    void theHomeRegionComesFirstAndTheChoiceIsKept(String path) throws Exception {
        String html = mvc.perform(get(path).param("municipality", "GM0141"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher select = Pattern.compile("<select[^>]*name=\"municipality\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(select.find()).as("municipality filter on " + path).isTrue();
        List<String> groups = Pattern.compile("<optgroup label=\"([^\"]*)\">(.*?)</optgroup>", Pattern.DOTALL)
                .matcher(select.group(1)).results().map(m -> m.group(1) + "|" + m.group(2)).toList();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).startsWith("In de regio|");
        assertThat(optionTexts(groups.get(0))).hasSize(14).contains("Almelo", "Enschede", "Hengelo (O.)", "Tubbergen");
        assertThat(optionTexts(groups.get(1))).contains("Amsterdam").doesNotContain("Enschede");
        assertThat(Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(1)).results()
                .map(m -> m.group(1)).toList()).containsExactly("GM0141");
    }

    private static List<String> optionTexts(String options) {
        return Pattern.compile("<option[^>]*>([^<]*)</option>").matcher(options).results().map(m -> m.group(1)).toList();
    }
}
