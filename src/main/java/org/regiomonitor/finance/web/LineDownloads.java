package org.regiomonitor.finance.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the budget line downloads of a finance page ({@code /finance/budget-lines.xlsx}), with the page's
 * selection as the parameters of the API's list: every line, a programme's lines with its projects', a project's, or
 * those of the projects that name a municipality.
 */
record LineDownloads(String xlsx, String csv, String revisionsCsv) {

    static LineDownloads all() {
        return of(null, null, null);
    }

    static LineDownloads ofProgramme(long programmeId) {
        return of(programmeId, null, null);
    }

    static LineDownloads ofProject(long projectId) {
        return of(null, projectId, null);
    }

    /** The lines of the projects that name the area (by code) or an area within it. */
    static LineDownloads ofMunicipality(String areaCode) {
        return of(null, null, areaCode);
    }

    private static LineDownloads of(Long programmeId, Long projectId, String areaCode) {
        return new LineDownloads(address("xlsx", programmeId, projectId, areaCode, null),
                address("csv", programmeId, projectId, areaCode, null),
                address("csv", programmeId, projectId, areaCode, "revisions"));
    }

    private static String address(String extension, Long programmeId, Long projectId, String areaCode, String table) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/finance/budget-lines." + extension);
        if (programmeId != null) {
            b.queryParam("programme", programmeId).queryParam("includeProjects", true);
        }
        if (projectId != null) {
            b.queryParam("project", projectId);
        }
        if (areaCode != null) {
            b.queryParam("municipality", areaCode);
        }
        if (table != null) {
            b.queryParam("table", table);
        }
        return b.encode().build().toUriString();
    }
}
