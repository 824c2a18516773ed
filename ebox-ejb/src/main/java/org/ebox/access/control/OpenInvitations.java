package org.ebox.access.control;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.ebox.access.entity.Invitation;
import org.ebox.access.entity.Person;

/** The invitations of a person that could still be accepted, closed at once: a newer one came, or a sign-in did. */
public final class OpenInvitations {

    private OpenInvitations() {}

    public static void close(EntityManager em, Person person, Invitation.Closing why, OffsetDateTime now) {
        em.createQuery(
                        "select i from Invitation i where i.person = :person and i.closedBecause is null",
                        Invitation.class)
                .setParameter("person", person)
                .getResultStream()
                .forEach(invitation -> invitation.close(why, now));
    }
}
