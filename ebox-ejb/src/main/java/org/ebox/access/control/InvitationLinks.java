package org.ebox.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.Invitation;
import org.ebox.access.entity.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The invitations of a person and their one-time links: a new one closes those before it (the newest is the one that
 * works), lives {@code ebox.invitation.valid-days} days, and its token is in the link only, the database keeping its
 * digest. Runs in the caller's transaction.
 */
@ApplicationScoped
public class InvitationLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ebox.invitation.valid-days", defaultValue = "7")
    int validDays;

    @Inject
    @ConfigProperty(name = "ebox.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** A new invitation and its link, in the person's language; an operator's is for no enterprise and no role. */
    public record Issued(String link, int validDays) {}

    public Issued issue(Person person, String enterpriseNumber, AccessRole role, String invitedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        closeOpen(person, Invitation.Closing.SUPERSEDED);
        String token = InvitationTokens.newToken();
        em.persist(new Invitation(
                person,
                enterpriseNumber,
                role,
                InvitationTokens.digestOf(token),
                invitedBy,
                now,
                now.plusDays(validDays)));
        String link = publicUrl.replaceAll("/+$", "") + "/invitation.xhtml?token=" + token + "&lang="
                + person.getPreferredLanguage();
        return new Issued(link, validDays);
    }

    /** Whether an invitation of the person can still be accepted. */
    public boolean hasOpen(Person person) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createQuery("select i from Invitation i where i.person = :person", Invitation.class)
                .setParameter("person", person)
                .getResultStream()
                .anyMatch(invitation -> invitation.isOpenAt(now));
    }

    /** Closes the invitations of the person that could still be accepted: a newer one came, or a sign-in did. */
    public void closeOpen(Person person, Invitation.Closing why) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createQuery(
                        "select i from Invitation i where i.person = :person and i.closedBecause is null",
                        Invitation.class)
                .setParameter("person", person)
                .getResultStream()
                .forEach(invitation -> invitation.close(why, now));
    }
}
