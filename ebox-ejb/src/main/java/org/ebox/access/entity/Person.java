package org.ebox.access.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Someone who logs in to act for one or more enterprises. The password stands in for the CSAM login of the real
 * service; only its hash, made by the container's PBKDF2 implementation, is kept. Someone designated before they have
 * a sign-in has neither password nor linked account until they accept their {@link Invitation}.
 */
@Entity
@Table(name = "person")
public class Person {

    /** The longest login: an invited person's address is their login, so no longer an address either. */
    public static final int LOGIN_LENGTH = 100;

    @Id
    @Column(name = "person_id", length = 36)
    private String personId;

    @Column(nullable = false, unique = true, length = LOGIN_LENGTH)
    private String login;

    /** Null until the person has set a password (an invited person, or one who signs in only through a provider). */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    private String email;

    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    /** The authenticator app's shared secret in Base32, or null when the person uses codes by email only. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The time step of the last app code accepted: a code is good for one login only. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "access_info_answer", length = 10)
    private String accessInfoAnswer;

    @Column(name = "access_info_answered_at")
    private OffsetDateTime accessInfoAnsweredAt;

    /** One of the service's own staff, who run the platform: not a role of any enterprise. */
    @Column(name = "platform_operator", nullable = false)
    private boolean platformOperator;

    /** The identity provider's issuer and subject of the person's account there, once linked (null before). */
    @Column(name = "provider_issuer")
    private String providerIssuer;

    @Column(name = "provider_subject")
    private String providerSubject;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<EnterpriseAccess> accesses = new ArrayList<>();

    protected Person() {}

    public Person(
            String login,
            String passwordHash,
            String givenName,
            String familyName,
            String email,
            String preferredLanguage) {
        this.personId = UUID.randomUUID().toString();
        this.login = login;
        this.passwordHash = passwordHash;
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.preferredLanguage = preferredLanguage;
    }

    /**
     * Someone designated by their email address who has no sign-in yet: the address is their login, the password
     * comes with the invitation.
     */
    public static Person invited(String email, String givenName, String familyName, String preferredLanguage) {
        return new Person(
                email.toLowerCase(java.util.Locale.ROOT), null, givenName, familyName, email, preferredLanguage);
    }

    /** Whether the person can sign in at all: with a password of the e-Box's own, or through a linked account. */
    public boolean hasSignIn() {
        return passwordHash != null || providerSubject != null;
    }

    /** The password the person chose, as its hash; an invitation sets it once, before any other sign-in exists. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public EnterpriseAccess grant(String enterpriseNumber, AccessRole role, boolean eboxAdministratorBox) {
        EnterpriseAccess access = new EnterpriseAccess(this, enterpriseNumber, role, eboxAdministratorBox);
        accesses.add(access);
        return access;
    }

    /** Accepts an app code's time step once: a step at or before the last one used is a replay. */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void enrolAuthenticatorApp(String base32Secret) {
        this.totpSecret = base32Secret;
        this.totpLastStep = null;
    }

    /** Links the person to an account of the identity provider: from now on that account signs this person in. */
    public void linkProviderAccount(String issuer, String subject) {
        this.providerIssuer = issuer;
        this.providerSubject = subject;
    }

    /** Whether the person is linked to an account of this provider other than the one given. */
    public boolean isLinkedToAnotherAccountOf(String issuer, String subject) {
        return issuer.equals(providerIssuer) && !subject.equals(providerSubject);
    }

    /** The answer to the access-information screen; a denial is asked again at the next login. */
    public void answerAccessInformation(boolean confirmed, OffsetDateTime when) {
        accessInfoAnswer = confirmed ? "CONFIRMED" : "DENIED";
        accessInfoAnsweredAt = when;
    }

    public boolean hasConfirmedAccessInformation() {
        return "CONFIRMED".equals(accessInfoAnswer);
    }

    public void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getPersonId() {
        return personId;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean hasAuthenticatorApp() {
        return totpSecret != null;
    }

    public boolean isPlatformOperator() {
        return platformOperator;
    }

    public void makePlatformOperator() {
        platformOperator = true;
    }

    public OffsetDateTime getAccessInfoAnsweredAt() {
        return accessInfoAnsweredAt;
    }

    public String getAccessInfoAnswer() {
        return accessInfoAnswer;
    }

    public void revoke(EnterpriseAccess access) {
        accesses.remove(access);
    }

    public List<EnterpriseAccess> getAccesses() {
        return Collections.unmodifiableList(accesses);
    }
}
