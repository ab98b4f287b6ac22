/**
 * Areas: the country, provinces, regions (COROP), municipalities and German border districts,
 * their memberships, statistics (with sources) and boundaries. Other features use {@link org.regiomonitor.area.Areas}
 * for look-ups and region sums, {@link org.regiomonitor.area.ChoroplethMap} for maps, the GeoJSON endpoint
 * {@code /api/areas/geojson} and the Thymeleaf fragment {@code area/fragments :: choropleth(map, id)}.
 * <p>
 * Owns {@code area}, {@code area_membership} and {@code area_statistic}. Other features' queries name areas
 * and filter by them with {@link org.regiomonitor.area.AreaSql}; the projects, vouchers, money and results on a
 * municipality page come from their owners through {@link org.regiomonitor.area.MunicipalityPageSection} (on a
 * region page {@link org.regiomonitor.area.RegionPageSection}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.Area.class,
        org.regiomonitor.db.tables.AreaMembership.class,
        org.regiomonitor.db.tables.AreaStatistic.class,
        org.regiomonitor.db.tables.AreaCode.class,
        org.regiomonitor.db.tables.AreaSuccession.class})
package org.regiomonitor.area;
