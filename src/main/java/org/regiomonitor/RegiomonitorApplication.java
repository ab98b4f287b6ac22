package org.regiomonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Regiomonitor: steer and account for a region's investment programmes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegiomonitorApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication app = new SpringApplication(RegiomonitorApplication.class);
        if (args.length > 0 && "import".equals(args[0])) {
            // the monitor's command line (monitor.internal.ImportCommand): no web server, exit with its code
            app.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
