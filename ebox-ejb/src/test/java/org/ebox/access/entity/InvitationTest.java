package org.ebox.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final OffsetDateTime SENT = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Invitation sentForAWeek() {
        Person person = Person.invited("New.Person@Example.be", "New", "Person", "fr");
        return new Invitation(person, "0812345678", AccessRole.USER, "digest", "cam.zinneke", SENT, SENT.plusDays(7));
    }

    @Test
    void anInvitationIsOpenUntilTheMomentItExpires() {
        Invitation invitation = sentForAWeek();
        assertTrue(invitation.isOpenAt(SENT.plusDays(7).minusSeconds(1)));
        assertFalse(invitation.isOpenAt(SENT.plusDays(7)));
        assertTrue(invitation.isExpiredAt(SENT.plusDays(7)));
    }

    @Test
    void aClosedInvitationIsNeitherOpenNorExpiredAndKeepsItsFirstClosing() {
        Invitation invitation = sentForAWeek();
        invitation.close(Invitation.Closing.ACCEPTED, SENT.plusHours(1));
        invitation.close(Invitation.Closing.SUPERSEDED, SENT.plusHours(2));
        assertFalse(invitation.isOpenAt(SENT.plusHours(3)));
        assertFalse(invitation.isExpiredAt(SENT.plusDays(8)));
        assertEquals(Invitation.Closing.ACCEPTED, invitation.getClosedBecause());
    }

    @Test
    void anInvitedPersonHasNoSignInAndTheirAddressInLowerCaseIsTheirLogin() {
        Person person = Person.invited("New.Person@Example.be", "New", "Person", "fr");
        assertFalse(person.hasSignIn());
        assertEquals("new.person@example.be", person.getLogin());
        assertEquals("New.Person@Example.be", person.getEmail());
        person.setPasswordHash("PBKDF2WithHmacSHA256:210000:salt:hash");
        assertTrue(person.hasSignIn());
    }
}
