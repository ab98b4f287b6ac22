/**
 * Site search: Dutch full-text search over projects and organisations ({@code /search?q=},
 * {@code /api/search?q=}). Other features may call {@link org.regiomonitor.search.SiteSearch}. Owns no
 * tables: it asks the portfolio and the organisations for their hits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.regiomonitor.search;
