package org.regiomonitor.shared;

/**
 * Where a figure comes from: the source (document or dataset) and the place in it.
 *
 * @param code    stable code of the source, e.g. {@code AVT-VOORTGANG-2024}
 * @param title   human title of the source
 * @param locator section, page or table row within the source; may be null
 * @param url     link to the source; may be null
 */
public record SourceRef(String code, String title, String locator, String url) {

    /** A label such as "Voortgang Agenda voor Twente 2024, Financieel overzicht". */
    public String label() {
        return Text.isBlank(locator) ? title : title + ", " + locator;
    }
}
