/**
 * Open data (issue 9): the public portal's entry {@code /open-data} with every open-data download under the stated
 * licence, and the same list as a DCAT-AP catalogue in JSON-LD ({@code /open-data/catalog.jsonld}) for the national
 * open-data portal to harvest.
 * <p>
 * Both are made from one list of datasets ({@link org.regiomonitor.opendata.OpenDataCatalog}), so the page and the
 * catalogue cannot disagree. The datasets point at the downloads, pages and API of their owners, which apply the
 * publication rules themselves; the catalogue names only published programmes and published report snapshots. Owns
 * no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package org.regiomonitor.opendata;
