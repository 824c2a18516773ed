package org.ebox.bench;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The e-Box's own WAR, as built, with the bench's classes and GreenMail added: the bench measures what ships. */
final class BenchDeployment {

    static final String NAME = "ebox-web";

    private BenchDeployment() {}

    static WebArchive war(Class<?> bench) {
        File war = new File(System.getProperty("ebox.war"));
        return ShrinkWrap.create(ZipImporter.class, NAME + ".war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(
                        bench,
                        BenchData.class,
                        BenchData.Round.class,
                        Results.class,
                        Results.Row.class,
                        BenchHttp.class,
                        Latencies.class,
                        Pdfs.class,
                        Wait.class)
                .addAsLibraries(new File(System.getProperty("bench.libs", "target/bench-libs"))
                        .listFiles((dir, name) -> name.endsWith(".jar")));
    }
}
