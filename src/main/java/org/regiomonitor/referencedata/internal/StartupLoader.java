package org.regiomonitor.referencedata.internal;

import org.regiomonitor.referencedata.LoadReport;
import org.regiomonitor.referencedata.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start of an empty database (no programme and no area) loads the Twente reference
 * dataset, after the administrator bootstrap (order 0). Switch off with
 * {@code regiomonitor.reference-data.load-on-empty=false}. A dataset that fails to load stops the
 * start-up: it ships with the product, so it is a defect to fix, not a state to run in.
 */
@Component
@Order(10)
class StartupLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupLoader.class);

    private final ReferenceData referenceData;
    private final boolean loadOnEmpty;

    StartupLoader(ReferenceData referenceData,
            @Value("${regiomonitor.reference-data.load-on-empty:true}") boolean loadOnEmpty) {
        this.referenceData = referenceData;
        this.loadOnEmpty = loadOnEmpty;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!loadOnEmpty) {
            log.info("Reference data: loading on an empty database is switched off");
            return;
        }
        if (!referenceData.isDatabaseEmpty()) {
            log.debug("Reference data: database is not empty, Twente dataset not loaded at start-up");
        } else {
            LoadReport report = referenceData.loadTwente("system");
            log.info("Reference data: loaded dataset {} into the empty database ({} rows, {} ms)", report.dataset(),
                    report.totalRows(), report.millis());
        }
        // the NPVR plan has its own file and fills an empty plan also in a database that has the rest
        var npvrRows = referenceData.loadNpvrIfEmpty("system");
        if (!npvrRows.isEmpty()) {
            log.info("Reference data: loaded the NPVR plan into the empty plan {}", npvrRows);
        }
    }
}
