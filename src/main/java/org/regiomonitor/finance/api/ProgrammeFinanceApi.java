package org.regiomonitor.finance.api;

import java.math.BigDecimal;
import java.util.List;
import org.regiomonitor.finance.CategoryTotals;
import org.regiomonitor.finance.FinanceFigures;
import org.regiomonitor.finance.MoneySources;
import org.regiomonitor.finance.MoneyTotals;
import org.regiomonitor.finance.Multiplier;
import org.regiomonitor.finance.ProgrammeFinance;
import org.regiomonitor.finance.internal.FinanceRights;
import org.regiomonitor.shared.SourceRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A programme's money with the derived figures, each with its definition (in the request language) and sources. */
@RestController
class ProgrammeFinanceApi {

    /**
     * One figure.
     *
     * @param unit EUR, FRACTION (0..1) or RATIO
     */
    record Figure(String key, String label, BigDecimal value, String unit, String definition,
            List<SourceRef> sources) {
    }

    /**
     * @param totals        the programme's own budget lines
     * @param projectTotals the budget lines of its projects (not included in totals)
     */
    record ProgrammeFinanceResponse(long id, String code, String name, Integer startYear, Integer endYear,
            MoneyTotals totals, List<CategoryTotals> byCategory, MoneyTotals projectTotals, Multiplier multiplier,
            List<Figure> figures) {
    }

    private final FinanceFigures figures;
    private final FinanceRights rights;
    private final MessageSource messages;

    ProgrammeFinanceApi(FinanceFigures figures, FinanceRights rights, MessageSource messages) {
        this.figures = figures;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/api/programmes/{id}/finance")
    ProgrammeFinanceResponse programme(@PathVariable long id, Authentication auth) {
        ProgrammeFinance p = figures.programme(id, rights.canSeeUnpublished(auth));
        List<SourceRef> target = p.targetSource() == null ? List.of() : List.of(p.targetSource());
        // the references as the pages name them: each place when few, else each document once
        List<SourceRef> sources = p.sources().refs();
        List<SourceRef> mobilisedSources = p.multiplierSources().refs().stream()
                .filter(s -> !sources.contains(s) && !target.contains(s)).toList();
        List<SourceRef> regionalSources = MoneySources.merge(p.byCategory().stream().filter(CategoryTotals::regional)
                .map(CategoryTotals::sources).toList()).refs();
        List<Figure> list = List.of(
                figure("budgeted", p.totals().budgeted(), "EUR", sources),
                figure("committed", p.totals().committed(), "EUR", sources),
                figure("realised", p.totals().realised(), "EUR", sources),
                figure("shareCommitted", p.figures().shareCommitted(), "FRACTION", sources),
                figure("coFinancing", p.figures().coFinancing(), "RATIO", sources),
                figure("regionalContribution", p.regionalContribution(), "EUR", regionalSources),
                figure("mobilised", p.mobilisedTotal(), "EUR", mobilisedSources),
                figure("multiplier", p.multiplier().value(), "RATIO", p.multiplierSources().refs()),
                figure("multiplierTarget", p.multiplier().target(), "RATIO", target));
        return new ProgrammeFinanceResponse(p.id(), p.code(), p.name(), p.startYear(), p.endYear(), p.totals(),
                p.byCategory(), p.projectTotals(), p.multiplier(), list);
    }

    private Figure figure(String key, BigDecimal value, String unit, List<SourceRef> sources) {
        var locale = LocaleContextHolder.getLocale();
        return new Figure(key, messages.getMessage("finance.figure." + key, null, key, locale), value, unit,
                messages.getMessage("finance.def." + key, null, "", locale), sources);
    }
}
