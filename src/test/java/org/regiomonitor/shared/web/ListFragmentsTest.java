package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each part of a list exists once, as a fragment; pages use it instead of writing their own. */
class ListFragmentsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static List<String> templatesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void thePagerTheSortHeaderAndTheFilterBarExistOnce() throws IOException {
        assertThat(templatesContaining("class=\"pager\"")).containsExactly("fragments/pager.html");
        assertThat(templatesContaining("aria-sort")).containsExactly("fragments/list.html");
        assertThat(templatesContaining("role=\"search\"")).contains("fragments/list.html")
                .doesNotContain("portfolio/projects.html", "organisation/list.html", "audit/list.html",
                        "voucher/overview.html", "security/users.html", "finance/funders.html");
    }

    @Test
    void theProjectTableExistsOnceAndEveryPageListingProjectsUsesIt() throws IOException {
        assertThat(templatesContaining("th:fragment=\"project-table")).isEmpty();
        assertThat(templatesContaining("portfolio/project-table :: table(")).containsExactlyInAnyOrder(
                "portfolio/projects.html", "portfolio/project-table.html");
        // pages that show a first page of projects with a link to the whole list (issue 10) use its excerpt
        assertThat(templatesContaining("portfolio/project-table :: excerpt(")).containsExactlyInAnyOrder(
                "portfolio/programme.html", "portfolio/theme.html", "area/fragments.html", "area/region.html",
                "organisation/detail.html");
        for (String page : List.of("portfolio/projects.html", "organisation/list.html", "audit/list.html",
                "voucher/overview.html", "security/users.html", "finance/funders.html")) {
            String html = Files.readString(TEMPLATES.resolve(page));
            assertThat(html).as(page).contains("fragments/list :: filter-bar(", "fragments/list :: count(",
                    "fragments/pager :: pager(", "th:fragment=\"results\"");
        }
    }
}
