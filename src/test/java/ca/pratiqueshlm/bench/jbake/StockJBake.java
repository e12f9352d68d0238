package ca.pratiqueshlm.bench.jbake;

import java.io.File;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.launcher.Baker;

/**
 * Stock JBake 2.7.0 baking a plain JBake project, exactly as {@code jbake -b SOURCE DESTINATION} does
 * (configuration from jbake.properties, then {@link Baker}, which runs the Oven with its OrientDB
 * store). The benchmark's baseline. JBake's own launcher cannot be used: its Main class needs Jetty for
 * its preview server, which we do not ship.
 */
public final class StockJBake {
    private StockJBake() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StockJBake SOURCE DESTINATION");
            System.exit(2);
        }
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        new Baker().bake(config);
        System.exit(0);
    }
}
