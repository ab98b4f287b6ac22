package org.regiomonitor.monitor.internal;

import org.regiomonitor.area.Areas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the reference data (order 10): an empty monitor gets the shipped catalogue, then the shipped statistics
 * files ({@link ShippedStatistics}) through the same importer as an upload. Switched off with the reference
 * data's own setting {@code regiomonitor.reference-data.load-on-empty=false}.
 */
@Component
@Order(20)
class MonitorStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitorStartup.class);

    private final MonitorCatalogue catalogue;
    private final ShippedStatistics statistics;
    private final Areas areas;
    private final TransactionTemplate tx;
    private final boolean loadOnEmpty;

    MonitorStartup(MonitorCatalogue catalogue, ShippedStatistics statistics, Areas areas, TransactionTemplate tx,
            @Value("${regiomonitor.reference-data.load-on-empty:true}") boolean loadOnEmpty) {
        this.catalogue = catalogue;
        this.statistics = statistics;
        this.areas = areas;
        this.tx = tx;
        this.loadOnEmpty = loadOnEmpty;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!loadOnEmpty || catalogue.isLoaded() || areas.find(areas.homeRegionCode()).isEmpty()) {
            return;
        }
        Integer indicators = tx.execute(s -> catalogue.load());
        log.info("Monitor: loaded the shipped catalogue ({} indicators)", indicators);
        statistics.importAll("system").forEach(summary -> {
            if (summary.refused()) {
                log.warn("Monitor: shipped file {} refused with {} problems, first: {}", summary.label(),
                        summary.problemCount(), summary.problems().getFirst());
            } else {
                log.info("Monitor: imported {}: {} added, {} changed, {} unchanged", summary.label(), summary.added(),
                        summary.changed(), summary.unchanged());
            }
        });
    }
}
