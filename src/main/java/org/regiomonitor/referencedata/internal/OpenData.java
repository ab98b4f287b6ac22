package org.regiomonitor.referencedata.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The open data the dataset refers to, read from the shipped files.
 *
 * @param municipalities    every municipality of the boundary file (code GM...., name, GeoJSON geometry)
 * @param districts         the German districts (code DE + ARS)
 * @param coropNames        COROP region code (CR01..CR40) to name
 * @param coropOf           municipality code to its COROP region code
 * @param statistics        one row per municipality and statistic
 * @param membershipHistory the regions' historical members with their validity (empty when none)
 * @param codes             areas' codes in other systems (empty when none)
 */
public record OpenData(
        List<GeoArea> municipalities,
        List<GeoArea> districts,
        Map<String, String> coropNames,
        Map<String, String> coropOf,
        List<Statistic> statistics,
        List<org.regiomonitor.area.AreaImport.HistoricalMembership> membershipHistory,
        List<org.regiomonitor.area.AreaImport.CodedArea> codes) {

    /** An area with its boundary as GeoJSON geometry text. */
    public record GeoArea(String code, String name, String geometryJson) {
    }

    /** A figure of one municipality; {@code locator} names the row in the source table. */
    public record Statistic(String areaCode, String statistic, int period, BigDecimal value, String locator) {
    }
}
