package org.ebox.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ebox.access.boundary.Designations;
import org.ebox.access.control.InvitationLinks;
import org.ebox.access.entity.Person;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.platform.SetupToken;

/**
 * The first platform operator of an empty e-Box, the one way in that bypasses the pages and the API: while the e-Box
 * has no operator, each start writes a one-time token to the data folder ({@link SetupToken}); the server's
 * administrator gives it to {@code ./ebox first-operator} with the operator's address and names, and gets back the
 * one-time link of the operator's invitation, where they set a password and an authenticator app. Once an operator
 * exists this answers nothing but a refusal: the next operators are the operators' business.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class FirstOperator {

    private static final Logger LOG = Logger.getLogger(FirstOperator.class.getName());
    static final String ACTOR = "first-operator-command";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SetupToken setupToken;

    @Inject
    InvitationLinks links;

    @PostConstruct
    void offerTheSetupWhileThereIsNoOperator() {
        if (hasOperator()) {
            setupToken.withdraw();
            return;
        }
        if (!setupToken.issue()) {
            return;
        }
        LOG.warning(() -> "This e-Box has no platform operator yet. Create the first one with ./ebox first-operator"
                + " (the one-time token is in " + setupToken.file() + ")");
    }

    /**
     * Creates the first operator, who is invited: answers the one-time link of their invitation. Open to every caller:
     * nobody can be signed in yet; the token from the data folder is what proves the caller runs the server.
     */
    @PermitAll
    public String create(String token, String email, String givenName, String familyName, String language) {
        if (hasOperator()) {
            throw new FirstOperatorRefused(FirstOperatorRefused.Reason.ALREADY_SET_UP);
        }
        String address = Designations.loginAddress(email);
        String given = Designations.name(givenName);
        String family = Designations.name(familyName);
        if (!setupToken.useUp(token)) {
            throw new FirstOperatorRefused(FirstOperatorRefused.Reason.WRONG_TOKEN);
        }
        List<Person> known = em.createQuery(
                        "select p from Person p where lower(p.email) = :email or p.login = :email", Person.class)
                .setParameter("email", address.toLowerCase(Locale.ROOT))
                .getResultList();
        Person person = known.isEmpty()
                ? Person.invited(address, given, family, Designations.language(language))
                : known.get(0);
        if (known.isEmpty()) {
            em.persist(person);
        }
        person.makePlatformOperator();
        InvitationLinks.Issued issued = links.issue(person, null, null, ACTOR);
        em.persist(new ChangeRecord(
                OffsetDateTime.now(clock), ACTOR, ACTOR, null, Action.FIRST_OPERATOR_CREATED, person.getLogin(), null));
        LOG.info(() -> "The first platform operator was created: " + person.getLogin());
        return issued.link();
    }

    private boolean hasOperator() {
        return em.createQuery("select count(p) from Person p where p.platformOperator = true", Long.class)
                        .getSingleResult()
                > 0;
    }
}
