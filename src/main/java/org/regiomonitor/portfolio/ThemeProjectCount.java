package org.regiomonitor.portfolio;

/** How many projects a theme has (the projects the caller may see). */
public record ThemeProjectCount(long themeId, String programmeCode, String themeName, ThemeKind kind,
        long projectCount) {
}
