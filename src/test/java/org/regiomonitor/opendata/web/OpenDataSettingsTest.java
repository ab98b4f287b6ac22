package org.regiomonitor.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regiomonitor.opendata.Dataset;
import org.regiomonitor.opendata.Distribution;
import org.regiomonitor.opendata.Format;
import org.regiomonitor.opendata.Label;
import org.regiomonitor.opendata.OpenDataCatalog;
import org.regiomonitor.opendata.internal.CatalogJsonLd;
import org.regiomonitor.opendata.internal.OpenDataSettings;
import org.regiomonitor.opendata.internal.OpenDataSettings.Licence;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data settings in the catalogue, without a database: the configured publisher and contact address (and
 * nothing when they are not set, as {@code OpenDataTest} shows), another licence, and addresses under the configured
 * public base URL rather than the request's.
 */
class OpenDataSettingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode catalogue(OpenDataSettings settings, String publicBaseUrl) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        OpenDataCatalog catalog = mock(OpenDataCatalog.class);
        Dataset projects = new Dataset("projects", Dataset.Group.LISTS, Label.message("opendata.dataset.projects.title"),
                Label.message("opendata.dataset.projects.description"),
                Label.message("opendata.dataset.projects.keywords"), List.of("ECON"), "/projects", null, null, null,
                null, List.of(new Distribution("csv", Format.CSV, "/projects.csv",
                        Label.message("opendata.format.CSV"), true)));
        when(catalog.read()).thenReturn(new OpenDataCatalog.Catalog(List.of(projects),
                Instant.parse("2026-11-30T10:15:30.123Z")));
        var controller = new OpenDataController(catalog, new CatalogJsonLd(JSON, messages, settings),
                settings, mock(PortfolioQueries.class), publicBaseUrl);
        return JSON.readTree(controller.catalog().getBody());
    }

    @Test
    void theConfiguredPublisherContactAndLicenceAreStatedAndAddressesFollowThePublicBaseUrl() {
        JsonNode catalog = catalogue(new OpenDataSettings(new Licence("CC0 1.0",
                "https://creativecommons.org/publicdomain/zero/1.0/"), "Twente Board", "opendata@twente.example"),
                "https://monitor.twente.example/");

        assertThat(catalog.get("@id").asString()).isEqualTo("https://monitor.twente.example/open-data#catalog");
        JsonNode publisher = catalog.get("dct:publisher");
        assertThat(publisher.get("@type").asString()).isEqualTo("foaf:Agent");
        assertThat(publisher.get("foaf:name").asString()).isEqualTo("Twente Board");
        assertThat(catalog.get("dct:license").get("@id").asString())
                .isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(catalog.get("dct:modified").get("@value").asString()).isEqualTo("2026-11-30T10:15:30Z");

        JsonNode dataset = catalog.get("dcat:dataset").get(0);
        assertThat(dataset.get("dct:publisher").get("@id").asString()).isEqualTo(publisher.get("@id").asString());
        assertThat(dataset.get("dcat:contactPoint").get("vcard:hasEmail").get("@id").asString())
                .isEqualTo("mailto:opendata@twente.example");
        assertThat(dataset.get("dcat:keyword").toString()).contains("\"projecten\"", "\"projects\"");
        JsonNode csv = dataset.get("dcat:distribution").get(0);
        assertThat(csv.get("dcat:downloadURL").get("@id").asString())
                .isEqualTo("https://monitor.twente.example/projects.csv");
        assertThat(csv.get("dct:title").get(0).get("@value").asString()).isEqualTo("Projecten: CSV");
        assertThat(csv.get("dct:license").get("@id").asString())
                .isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
    }

    @Test
    void theLicenceDefaultsToCcBy40NothingElseIsAssumedAndBadSettingsStopTheStart() {
        OpenDataSettings defaults = bind(Map.of());
        assertThat(defaults.licence().name()).isEqualTo("CC BY 4.0");
        assertThat(defaults.licence().url()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(defaults.publisher()).isNull();
        assertThat(defaults.contactEmail()).isNull();
        assertThat(bind(Map.of("regiomonitor.open-data.publisher", " \u00a0", "regiomonitor.open-data.licence.name",
                "CC BY-SA 4.0")).publisher()).isNull();

        assertThatThrownBy(() -> bind(Map.of("regiomonitor.open-data.contact-email", "nobody")))
                .hasRootCauseMessage("regiomonitor.open-data.contact-email is not an e-mail address");
        assertThatThrownBy(() -> bind(Map.of("regiomonitor.open-data.licence.url", "creativecommons.org/by")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static OpenDataSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("regiomonitor.open-data", OpenDataSettings.class);
    }
}
