package org.regiomonitor.monitor.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.monitor.Aggregation;
import org.regiomonitor.monitor.Direction;
import org.regiomonitor.monitor.Formula;
import org.regiomonitor.shared.SingleLine;

/**
 * An indicator as an analyst defines it. Inputs of a formula and the weight are named by indicator code, the source
 * by its code; measures are the dataset measures that feed an observed indicator. The version is the one read (null
 * when creating).
 */
public record IndicatorInput(
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 64, message = "{monitor.edit.tooLong}") String code,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String nameNl,
        @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String nameEn,
        @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String nameDe,
        @Size(max = 4000, message = "{monitor.edit.tooLong}") String definition,
        @NotBlank(message = "{monitor.edit.required}") @Size(max = 100, message = "{monitor.edit.tooLong}") @SingleLine String unit,
        @NotNull(message = "{monitor.edit.required}") @Min(value = 0, message = "{monitor.edit.decimals}")
        @Max(value = 6, message = "{monitor.edit.decimals}") Integer decimals,
        @NotNull(message = "{monitor.edit.required}") Direction direction,
        @NotNull(message = "{monitor.edit.required}") Aggregation aggregation,
        @Size(max = 64, message = "{monitor.edit.tooLong}") String weight,
        Formula formula,
        @Size(max = 64, message = "{monitor.edit.tooLong}") String numerator,
        @Size(max = 64, message = "{monitor.edit.tooLong}") String denominator,
        BigDecimal factor,
        @Size(max = 8, message = "{monitor.edit.basePeriod}") String basePeriod,
        @DecimalMin(value = "0", message = "{monitor.edit.tolerance}") BigDecimal tolerancePercent,
        @Size(max = 64, message = "{monitor.edit.tooLong}") String source,
        @Size(max = 300, message = "{monitor.edit.tooLong}") @SingleLine String sourceLocator,
        @Size(max = 50, message = "{monitor.edit.tooMany}") List<@Valid Measure> measures,
        Integer version) {

    /** A measure of a dataset that feeds the indicator: CBS 03759ned M000352, Eurostat demo_r_pjangrp3 ... */
    public record Measure(
            @NotBlank(message = "{monitor.edit.required}") @Size(max = 100, message = "{monitor.edit.tooLong}") @SingleLine String dataset,
            @NotBlank(message = "{monitor.edit.required}") @Size(max = 200, message = "{monitor.edit.tooLong}") @SingleLine String measure) {
    }
}
