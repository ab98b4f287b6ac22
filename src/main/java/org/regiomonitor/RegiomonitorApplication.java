package org.regiomonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Regiomonitor: steer and account for a region's investment programmes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegiomonitorApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(RegiomonitorApplication.class, args);
    }
}
