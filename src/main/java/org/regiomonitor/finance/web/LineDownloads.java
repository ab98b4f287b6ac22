package org.regiomonitor.finance.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the budget line downloads of a finance page ({@code /finance/budget-lines.xlsx}), with the page's
 * selection as the parameters of the API's list: every line, a programme's lines with its projects', or a project's.
 */
record LineDownloads(String xlsx, String csv, String revisionsCsv) {

    static LineDownloads all() {
        return of(null, null);
    }

    static LineDownloads ofProgramme(long programmeId) {
        return of(programmeId, null);
    }

    static LineDownloads ofProject(long projectId) {
        return of(null, projectId);
    }

    private static LineDownloads of(Long programmeId, Long projectId) {
        return new LineDownloads(address("xlsx", programmeId, projectId, null),
                address("csv", programmeId, projectId, null), address("csv", programmeId, projectId, "revisions"));
    }

    private static String address(String extension, Long programmeId, Long projectId, String table) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/finance/budget-lines." + extension);
        if (programmeId != null) {
            b.queryParam("programme", programmeId).queryParam("includeProjects", true);
        }
        if (projectId != null) {
            b.queryParam("project", projectId);
        }
        if (table != null) {
            b.queryParam("table", table);
        }
        return b.build().toUriString();
    }
}
