package org.ebox.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The tests deploy the very WAR that the build made and the start command runs, not a hand-picked archive. */
public final class Deployments {

    private Deployments() {}

    /**
     * The WAR, with the service's clock made movable (forward only, by the tests): a login of the same person within
     * the same 30 seconds moves the clock on to the next code step instead of waiting for it.
     */
    public static WebArchive eboxWar() {
        File war = new File(System.getProperty("ebox.war", "target/ebox-web.war"));
        return ShrinkWrap.create(ZipImporter.class, "ebox-web.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(MovableClock.class, ServiceClockServlet.class, TestRegisterServlet.class);
    }

    /** The WAR with what an in-container test needs to ask the pages over HTTP and read the database. */
    public static WebArchive eboxWarWithWebClient() {
        return eboxWar()
                .addClasses(DemoWorld.class, WebClient.class, Wait.class)
                .addAsLibraries(new File(System.getProperty("ebox.it.libs", "target/it-libs"))
                        .listFiles((dir, name) -> name.startsWith("jsoup")));
    }
}
