/**
 * Site search: Dutch full-text search over programmes, themes, projects, organisations and areas ({@code /search?q=},
 * {@code /api/search?q=}). Other features may call {@link org.regiomonitor.search.SiteSearch}. Owns no
 * tables: it asks the portfolio, the organisations and the areas for their hits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.regiomonitor.search;
