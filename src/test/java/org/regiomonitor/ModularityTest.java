package org.regiomonitor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages talk to each other only through their published APIs. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RegiomonitorApplication.class);

    @Test
    void moduleBoundariesHold() {
        MODULES.verify();
    }
}
