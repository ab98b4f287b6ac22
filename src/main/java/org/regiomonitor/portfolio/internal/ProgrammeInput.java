package org.regiomonitor.portfolio.internal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.regiomonitor.portfolio.ProgrammeAddress;
import org.regiomonitor.portfolio.ProgrammeStatus;
import org.regiomonitor.shared.SingleLine;

/**
 * What a user enters for a programme (web form and API body alike). {@code version} is the version
 * the editor loaded; required when updating, ignored when creating.
 */
public record ProgrammeInput(
        @NotBlank(message = "{portfolio.error.required}") @Size(max = 40, message = "{portfolio.error.tooLong}")
        @Pattern(regexp = ProgrammeAddress.CODE_PATTERN, message = "{portfolio.error.code}") String code,
        @NotBlank(message = "{portfolio.error.required}") @Size(max = 200, message = "{portfolio.error.tooLong}")
        @SingleLine String name,
        @Min(value = 1900, message = "{portfolio.error.year}") @Max(value = 2100, message = "{portfolio.error.year}")
        Integer startYear,
        @Min(value = 1900, message = "{portfolio.error.year}") @Max(value = 2100, message = "{portfolio.error.year}")
        Integer endYear,
        @Size(max = 4000, message = "{portfolio.error.tooLong}") String description,
        Long ownerOrganisationId,
        @PositiveOrZero(message = "{portfolio.error.notNegative}")
        @Digits(integer = 13, fraction = 2, message = "{portfolio.error.amount}") BigDecimal budgetCeiling,
        Long budgetCeilingSourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String budgetCeilingSourceLocator,
        @PositiveOrZero(message = "{portfolio.error.notNegative}")
        @Digits(integer = 13, fraction = 2, message = "{portfolio.error.amount}") BigDecimal expectedInvestment,
        Long expectedInvestmentSourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String expectedInvestmentSourceLocator,
        @PositiveOrZero(message = "{portfolio.error.notNegative}")
        @Digits(integer = 13, fraction = 2, message = "{portfolio.error.amount}") BigDecimal investmentVolume,
        Long investmentVolumeSourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String investmentVolumeSourceLocator,
        @Positive(message = "{portfolio.error.positive}")
        @Digits(integer = 6, fraction = 2, message = "{portfolio.error.ratio}") BigDecimal multiplierTarget,
        Long multiplierTargetSourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String multiplierTargetSourceLocator,
        @NotNull(message = "{portfolio.error.required}") ProgrammeStatus status,
        Boolean published,
        Long sourceId,
        @Size(max = 300, message = "{portfolio.error.tooLong}") @SingleLine String sourceLocator,
        Integer version) {

    public boolean isPublished() {
        return Boolean.TRUE.equals(published);
    }
}
