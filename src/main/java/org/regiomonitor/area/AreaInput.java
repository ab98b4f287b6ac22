package org.regiomonitor.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.regiomonitor.shared.SingleLine;

/**
 * An area as an administrator creates or changes it. Which regions it belongs to is data
 * ({@code memberOf}), never code: moving a municipality to another region is an edit.
 *
 * @param code        stable code, e.g. GM0141 (CBS), CR12 (COROP), DE03456 (German district)
 * @param name        display name
 * @param kind        country, province, region, municipality or district
 * @param countryCode ISO 3166-1 alpha-2 country code, e.g. NL or DE
 * @param memberOf    codes of the areas it is a direct member of (replaces the current ones on update)
 * @param version     the version the edit is based on (updates only; optimistic locking)
 */
public record AreaInput(
        @NotBlank(message = "{area.input.code.required}")
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{2,8}", message = "{area.input.code.pattern}") String code,
        @NotBlank(message = "{area.input.name.required}") @Size(max = 200, message = "{area.input.name.size}")
        @SingleLine String name,
        @NotNull(message = "{area.input.kind.required}") AreaKind kind,
        @NotBlank(message = "{area.input.country.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{area.input.country.pattern}") String countryCode,
        List<String> memberOf,
        Integer version) {

    public AreaInput {
        memberOf = memberOf == null ? List.of() : List.copyOf(memberOf);
    }
}
