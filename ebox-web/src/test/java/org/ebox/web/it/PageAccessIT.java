package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.security.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and servlet of the logged-in area, for every demo role, in every spelling of its address an attacker
 * would try (percent-escapes, doubled slashes, dot segments, ';' parameters, a trailing slash, another case): a role
 * that may not see it gets 404, whatever the spelling, and nothing the page could change has changed afterwards
 * (read, pickup, visibility, address, consent, accesses, change records, replies). Logs in through the real two
 * steps over HTTP, from inside the server, so that the database can be read before and after.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessIT {

    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWarWithWebClient();
    }

    @EJB
    DemoWorld world;

    @ArquillianResource
    URL base;

    /** A page or servlet of the logged-in area, the role that opens it, and how it is asked for. */
    /** An address, and the roles that may see it (any one of them). */
    record Target(String path, String query, Set<String> roles, String method) {
        static Target get(String path, String query, String... roles) {
            return new Target(path, query, Set.of(roles), "GET");
        }

        static Target post(String path, String query, String... roles) {
            return new Target(path, query, Set.of(roles), "POST");
        }
    }

    @Test
    void aRoleThatMayNotSeeAPageGets404InEverySpellingOfItsAddressAndNothingChanges() {
        String ordinary = world.unreadMessageOf(ZINNEKE, false);
        String registered = world.unreadMessageOf(ZINNEKE, true);
        String replyable = world.replyableMessageOf(
                ZINNEKE, EnterpriseNumber.withCheckDigits("02067316").value());
        String sent = world.replyWithDocumentTo(replyable);
        List<Target> targets = List.of(
                Target.get("/app/messages/list.xhtml", "folder=inbox", Roles.EBOX_READER),
                Target.get("/app/messages/list.xhtml", "folder=masked", Roles.EBOX_READER),
                Target.get("/app/messages/message.xhtml", "id=" + ordinary, Roles.EBOX_READER),
                Target.get("/app/messages/message.xhtml", "id=" + registered, Roles.EBOX_READER),
                Target.post("/app/messages/message.xhtml", "id=" + registered, Roles.EBOX_READER),
                Target.get("/app/messages/reply.xhtml", "id=" + replyable, Roles.EBOX_READER),
                Target.get("/app/messages/sent.xhtml", "id=" + sent, Roles.EBOX_READER),
                Target.get("/app/messages/reply-file", "reply=" + sent, Roles.EBOX_READER),
                Target.get(
                        "/app/messages/file",
                        "message=" + ordinary + "&attachment=" + world.mainAttachmentOf(ordinary),
                        Roles.EBOX_READER),
                Target.get(
                        "/app/messages/file",
                        "message=" + registered + "&attachment=" + world.mainAttachmentOf(registered),
                        Roles.EBOX_READER),
                Target.post(
                        "/app/messages/download.zip",
                        "selected=" + ordinary + "&selected=" + registered,
                        Roles.EBOX_READER),
                // Operators see the logos they give institutions, on their Institutions page.
                Target.get("/app/logo", "id=" + world.anySenderImage(), Roles.EBOX_READER, Roles.PLATFORM_OPERATOR),
                Target.get("/app/management.xhtml", null, Roles.EBOX_READER),
                Target.get("/app/access/users.xhtml", null, Roles.ACCESS_MANAGER),
                Target.get("/app/operations/nightly-runs.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.post("/app/operations/nightly-runs.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.get("/app/operations/register.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.post("/app/operations/register.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.get("/app/operations/institutions.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.post("/app/operations/institutions.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.get("/app/operations/api-clients.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.post("/app/operations/api-clients.xhtml", null, Roles.PLATFORM_OPERATOR),
                Target.get("/app/welcome/fully-digital.xhtml", null, Roles.ENTERPRISE_ADMINISTRATOR));
        List<String> watched = List.of(ordinary, registered, replyable);
        String before = world.stateOf(ZINNEKE, watched);

        // Who walks, with the roles each holds for Brasserie Zinneke (the operator holds no enterprise).
        Map<String, Set<String>> walkers = Map.of(
                "nobox.zinneke", Set.of(Roles.PERSON),
                "cam.zinneke", Set.of(Roles.PERSON, Roles.ACCESS_MANAGER),
                "user.zinneke", Set.of(Roles.PERSON, Roles.EBOX_READER),
                "ops.demo", Set.of(Roles.PERSON, Roles.PLATFORM_OPERATOR));
        List<String> leaks = new ArrayList<>();
        int refusals = 0;
        for (Map.Entry<String, Set<String>> walker : walkers.entrySet()) {
            WebClient browser = loggedIn(walker.getKey());
            for (Target target : targets) {
                if (target.roles().stream().anyMatch(walker.getValue()::contains)) {
                    continue;
                }
                for (String spelling : spellings(target.path())) {
                    // A spelling the container redirects (to its canonical form) must lead to a 404 as well.
                    HttpResponse<String> answer = browser.follow(ask(browser, target, spelling));
                    refusals++;
                    if (answer.statusCode() != 404) {
                        leaks.add(walker.getKey() + " " + target.method() + " " + spelling + " -> "
                                + answer.statusCode());
                    }
                }
            }
            assertEquals(200, browser.get("/app/home.xhtml").statusCode(), walker.getKey() + " is still logged in");
        }
        assertEquals(List.of(), leaks, "addresses a role may not see that did not answer 404");
        assertTrue(refusals > 300, "the walk asked " + refusals + " times");
        assertEquals(before, world.stateOf(ZINNEKE, watched), "nothing changed");
    }

    @Test
    void theRolesThatMaySeeAPageGetIt() {
        WebClient user = loggedIn("user.zinneke");
        assertEquals(200, user.get("/app/messages/list.xhtml?folder=inbox").statusCode());
        assertEquals(200, user.get("/app/management.xhtml").statusCode());
        String sent = world.replyWithDocumentTo(world.replyableMessageOf(
                ZINNEKE, EnterpriseNumber.withCheckDigits("02067316").value()));
        assertEquals(200, user.get("/app/messages/sent.xhtml?id=" + sent).statusCode());
        assertEquals(200, user.get("/app/messages/reply-file?reply=" + sent).statusCode());
        WebClient cam = loggedIn("cam.zinneke");
        assertEquals(200, cam.get("/app/access/users.xhtml").statusCode());
        WebClient operator = loggedIn("ops.demo");
        assertEquals(200, operator.get("/app/operations/nightly-runs.xhtml").statusCode());
        for (String spelling : spellings("/app/operations/nightly-runs.xhtml")) {
            int status = operator.get(spelling).statusCode();
            assertTrue(status < 500, spelling + " -> " + status);
        }
    }

    @Test
    void withoutALoginNoSpellingOfAnAddressOpensAPage() {
        WebClient anonymous = new WebClient(base.toString());
        for (String path : List.of(
                "/app/home.xhtml",
                "/app/messages/list.xhtml",
                "/app/operations/nightly-runs.xhtml",
                "/app/messages/download.zip",
                "/app/access/users.xhtml")) {
            for (String spelling : spellings(path)) {
                HttpResponse<String> answer = anonymous.follow(anonymous.get(spelling));
                assertTrue(
                        answer.statusCode() == 404
                                || (answer.statusCode() == 200
                                        && answer.uri().getPath().endsWith("/login.xhtml")),
                        spelling + " -> " + answer.statusCode() + " " + answer.uri());
            }
        }
    }

    /** The ways one address can be written that a container resolves, or may resolve, to the same resource. */
    static List<String> spellings(String path) {
        String rest = path.substring("/app/".length());
        char first = rest.charAt(0);
        String escaped = "%" + Integer.toHexString(first).toUpperCase(Locale.ROOT) + rest.substring(1);
        List<String> spellings = new ArrayList<>(List.of(
                path,
                "/app/" + escaped,
                "/%61pp/" + rest,
                "/app//" + rest,
                "//app/" + rest,
                "/app/./" + rest,
                "/app/x/../" + rest,
                "/./app/" + rest,
                "/app;x=1/" + rest,
                path + ";jsessionid=0",
                path + "/",
                "/APP/" + rest,
                "/app/" + Character.toUpperCase(first) + rest.substring(1)));
        int slash = rest.indexOf('/');
        if (slash > 0) {
            spellings.add("/app/" + rest.substring(0, slash) + ";a=b" + rest.substring(slash));
            spellings.add("/app/" + rest.substring(0, slash) + "/%2E/" + rest.substring(slash + 1));
        }
        return spellings;
    }

    private static HttpResponse<String> ask(WebClient browser, Target target, String spelling) {
        if (target.method().equals("GET")) {
            return browser.get(spelling + (target.query() == null ? "" : "?" + target.query()));
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (target.query() != null) {
            for (String pair : target.query().split("&")) {
                String[] parts = pair.split("=", 2);
                fields.merge(parts[0], parts[1], (a, b) -> a);
            }
        }
        // What the page's own buttons would post: the pickup, or starting a run.
        fields.put("pickupForm", "pickupForm");
        fields.put("pickupForm:accept", "");
        fields.put("startForm", "startForm");
        fields.put("startForm:start", "");
        fields.put("jakarta.faces.ViewState", "stateless");
        return browser.post(spelling + (target.query() == null ? "" : "?" + target.query()), fields, browser.origin());
    }

    private WebClient loggedIn(String login) {
        return WebClient.loggedIn(base.toString(), login, world);
    }
}
