package org.regiomonitor.voucher.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.regiomonitor.shared.SingleLine;
import org.regiomonitor.shared.web.PublishableForm;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.RecipientKind;
import org.regiomonitor.voucher.SchemeKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editable fields of a voucher award; backs both the web form and the API body. One row may stand
 * for several awards reported together: {@code quantity} awards with {@code amount} as their total
 * (null when the amount is not known). The count may be unknown (empty) or not exact ({@code quantityQualifier}
 * AT_LEAST for "ruim 1.500", ABOUT for "circa"); {@code maxAmountPerAward} is the maximum of one award as the
 * scheme states it, with its own source.
 */
public class VoucherForm extends PublishableForm {

    @NotNull(message = "{voucher.programme.required}")
    private Long programmeId;

    private Long projectId;

    @NotBlank(message = "{voucher.scheme.required}")
    @Size(max = 200, message = "{voucher.scheme.size}")
    @SingleLine
    private String scheme;

    @NotNull(message = "{voucher.schemeKind.required}")
    private SchemeKind schemeKind;

    @Min(value = 1, message = "{voucher.quantity.positive}")
    @Max(value = 1_000_000, message = "{voucher.quantity.max}")
    private Integer quantity = 1;

    @NotNull(message = "{voucher.quantityQualifier.required}")
    private ValueQualifier quantityQualifier = ValueQualifier.EXACT;

    @DecimalMin(value = "0.00", message = "{voucher.amount.negative}")
    @Digits(integer = 13, fraction = 2, message = "{voucher.amount.digits}")
    private BigDecimal maxAmountPerAward;

    private Long maxAmountSourceId;

    @Size(max = 300, message = "{voucher.sourceLocator.size}")
    @SingleLine
    private String maxAmountSourceLocator;

    @DecimalMin(value = "0.00", message = "{voucher.amount.negative}")
    @Digits(integer = 13, fraction = 2, message = "{voucher.amount.digits}")
    private BigDecimal amount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awardedOn;

    @Min(value = 1990, message = "{voucher.awardYear.range}")
    @Max(value = 2100, message = "{voucher.awardYear.range}")
    private Integer awardYear;

    private Long municipalityId;

    private RecipientKind recipientKind;

    public VoucherForm() {
        super(true);
    }

    @Override
    @Size(max = 300, message = "{voucher.sourceLocator.size}")
    @SingleLine
    public String getSourceLocator() {
        return super.getSourceLocator();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public SchemeKind getSchemeKind() {
        return schemeKind;
    }

    public void setSchemeKind(SchemeKind schemeKind) {
        this.schemeKind = schemeKind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public ValueQualifier getQuantityQualifier() {
        return quantityQualifier;
    }

    public void setQuantityQualifier(ValueQualifier quantityQualifier) {
        this.quantityQualifier = quantityQualifier;
    }

    public BigDecimal getMaxAmountPerAward() {
        return maxAmountPerAward;
    }

    public void setMaxAmountPerAward(BigDecimal maxAmountPerAward) {
        this.maxAmountPerAward = maxAmountPerAward;
    }

    public Long getMaxAmountSourceId() {
        return maxAmountSourceId;
    }

    public void setMaxAmountSourceId(Long maxAmountSourceId) {
        this.maxAmountSourceId = maxAmountSourceId;
    }

    public String getMaxAmountSourceLocator() {
        return maxAmountSourceLocator;
    }

    public void setMaxAmountSourceLocator(String maxAmountSourceLocator) {
        this.maxAmountSourceLocator = maxAmountSourceLocator;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate awardedOn) {
        this.awardedOn = awardedOn;
    }

    public Integer getAwardYear() {
        return awardYear;
    }

    public void setAwardYear(Integer awardYear) {
        this.awardYear = awardYear;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    /** The year stored with the award: the given year, else the year of the date. */
    Integer effectiveYear() {
        return awardYear != null ? awardYear : awardedOn == null ? null : awardedOn.getYear();
    }

    public static VoucherForm of(VoucherViews.VoucherDetail d) {
        VoucherForm f = new VoucherForm();
        f.programmeId = d.programmeId();
        f.projectId = d.projectId();
        f.scheme = d.scheme();
        f.schemeKind = d.schemeKind();
        f.quantity = d.quantity();
        f.quantityQualifier = d.quantityQualifier();
        f.amount = d.amount();
        f.maxAmountPerAward = d.maxAmountPerAward();
        f.maxAmountSourceId = d.maxAmountSourceId();
        f.maxAmountSourceLocator = d.maxAmountSourceLocator();
        f.awardedOn = d.awardedOn();
        f.awardYear = d.awardYear();
        f.municipalityId = d.municipalityId();
        f.recipientKind = d.recipientKind();
        f.setPublished(d.published());
        f.loadSource(d.sourceId(), d.sourceLocator(), d.version());
        return f;
    }
}
