package org.regiomonitor.portfolio.web;

import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectSort;
import org.regiomonitor.shared.PageParams;
import org.springframework.web.util.UriComponentsBuilder;

/** The links of the project list (sorting, paging) that keep the current filters. */
public record ProjectListLinks(ProjectFilter filter, ProjectSort sort, int size) {

    public String sortBy(String column) {
        return url(sort.toggle(column), 0);
    }

    public String page(int page) {
        return url(sort.param(), page);
    }

    public String ariaSort(String column) {
        return sort.ariaSort(column);
    }

    private String url(String sortParam, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/projects");
        add(b, "programme", filter.programme());
        add(b, "theme", filter.theme());
        add(b, "status", filter.status() == null ? null : filter.status().name());
        add(b, "municipality", filter.municipality());
        add(b, "organisation", filter.organisation());
        add(b, "q", filter.text());
        add(b, "sort", ProjectSort.DEFAULT.param().equals(sortParam) ? null : sortParam);
        add(b, "page", page == 0 ? null : page);
        add(b, "size", size == PageParams.DEFAULT_SIZE ? null : size);
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }
}
