package org.regiomonitor.voucher.web;

import org.regiomonitor.area.AreaSummary;
import org.regiomonitor.area.MunicipalityPageSection;
import org.regiomonitor.voucher.internal.VoucherRepository;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The vouchers awarded in a municipality, per scheme, on its page. One query. */
@Component
class MunicipalityVoucherSection implements MunicipalityPageSection {

    private final VoucherRepository repository;

    MunicipalityVoucherSection(VoucherRepository repository) {
        this.repository = repository;
    }

    @Override
    public void addTo(Model model, AreaSummary municipality, boolean inHomeRegion, boolean seeUnpublished) {
        model.addAttribute("vouchers", repository.inMunicipality(municipality.id(), seeUnpublished));
    }
}
