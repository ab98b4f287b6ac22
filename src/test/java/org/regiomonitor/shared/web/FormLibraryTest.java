package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSummary;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * One library of form parts: only {@code templates/fragments/form.html} reads a form's errors and writes
 * the aria attributes of invalid fields, and every posted form with a form object shows the one error
 * summary. A template that hand-writes a field error, an {@code aria-invalid} or an error summary of its
 * own (the six variants this replaced) fails here.
 */
class FormLibraryTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String LIBRARY = "fragments/form.html";

    /** What only the library may write: the error state of fields, and reading the form's errors. */
    private static final List<String> LIBRARY_ONLY = List.of("aria-invalid", "field-error", "th:errors", "#fields",
            "class=\"error-summary", "data-error-summary");

    private static final Pattern POSTED_FORM_WITH_OBJECT = Pattern.compile(
            "<form\\b(?=[^>]*method=\"post\")(?=[^>]*th:object=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void onlyTheFormLibraryWritesFieldErrorsAriaInvalidOrAnErrorSummary() throws IOException {
        Map<String, List<String>> offenders = new TreeMap<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            if (name.equals(LIBRARY)) {
                continue;
            }
            String html = Files.readString(template);
            List<String> found = LIBRARY_ONLY.stream().filter(html::contains).toList();
            if (!found.isEmpty()) {
                offenders.put(name, found);
            }
        }
        assertThat(offenders).as("templates that write what only fragments/form.html may").isEmpty();
    }

    @Test
    void theLibraryHasTheFieldTheErrorSummaryAndThePicker() throws IOException {
        String library = Files.readString(TEMPLATES.resolve(LIBRARY));
        assertThat(library).contains("th:fragment=\"field\"", "th:fragment=\"error-summary\"",
                "th:fragment=\"municipality-picker\"", "aria-invalid", "aria-describedby", "role=\"alert\"");
    }

    @Test
    void everyPostedFormWithAFormObjectShowsTheOneErrorSummary() throws IOException {
        List<String> without = new ArrayList<>();
        int forms = 0;
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher form = POSTED_FORM_WITH_OBJECT.matcher(html);
            while (form.find()) {
                forms++;
                int end = html.indexOf("</form>", form.end());
                String body = html.substring(form.end(), end < 0 ? html.length() : end);
                if (!body.contains("~{fragments/form :: error-summary}")) {
                    without.add(TEMPLATES.relativize(template) + ": " + form.group());
                }
            }
        }
        assertThat(forms).as("posted forms found (the scan must see them)").isGreaterThan(10);
        assertThat(without).as("posted forms without the error summary").isEmpty();
    }

    /** The lead puts the picker into the project list's GET filter: it must render without a form object. */
    @Test
    void theMunicipalityPickerWorksInAGetFilterForm() {
        StaticMessageSource messages = new StaticMessageSource();
        for (String key : List.of("x.label", "form.municipalities.hint", "form.municipalities.other",
                "form.municipalities.searchHint")) {
            messages.addMessage(key, Locale.ROOT, key + "-text");
        }
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(inline);

        Context context = new Context(Locale.ROOT, Map.of(
                "selected", List.of(2L, 30L),
                "home", List.of(area(1, "Almelo"), area(2, "Borne")),
                "others", List.of(area(30, "Amsterdam"), area(31, "Arnhem"))));
        String html = engine.process("<form method=\"get\" action=\"/projects\"><fieldset th:replace=\"~{fragments/form :: "
                + "municipality-picker(field='municipality', label='x.label', selected=${selected}, home=${home}, "
                + "others=${others})}\"></fieldset></form>", context);

        assertThat(html).contains("<legend>x.label-text</legend>", "data-field=\"municipality\"");
        assertThat(html).containsPattern("name=\"municipality\" value=\"1\"(?![^>]*checked)");
        assertThat(html).containsPattern("name=\"municipality\" value=\"2\"[^>]*checked");
        // an other municipality already chosen is a ticked box; the rest are found by name
        assertThat(html).containsPattern("name=\"municipality\" value=\"30\"[^>]*checked");
        assertThat(html).doesNotContain("value=\"31\"").contains("<option value=\"Arnhem\" data-id=\"31\">");
        assertThat(html).doesNotContain("_municipality").doesNotContain("aria-invalid").doesNotContain("field-error");

        // a filter that takes codes (?municipality=GM2&municipality=GM30)
        context.setVariable("selected", List.of("GM2", "GM30"));
        String byCode = engine.process("<fieldset th:replace=\"~{fragments/form :: municipality-picker(field='municipality', "
                + "label='x.label', selected=${selected}, home=${home}, others=${others}, byCode=true)}\"></fieldset>",
                context);
        assertThat(byCode).containsPattern("name=\"municipality\" value=\"GM1\"(?![^>]*checked)")
                .containsPattern("name=\"municipality\" value=\"GM2\"[^>]*checked")
                .containsPattern("name=\"municipality\" value=\"GM30\"[^>]*checked")
                .contains("<option value=\"Arnhem\" data-id=\"GM31\">");
    }

    private static AreaSummary area(long id, String name) {
        return new AreaSummary(id, "GM" + id, name, AreaKind.MUNICIPALITY, "NL");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
