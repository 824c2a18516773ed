package org.ebox.access.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Someone who logs in to act for one or more enterprises. The password stands in for the CSAM login of the real
 * service; only its hash, made by the container's PBKDF2 implementation, is kept.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "person_id", length = 36)
    private String personId;

    @Column(nullable = false, unique = true, length = 100)
    private String login;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    private String email;

    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<EnterpriseAccess> accesses = new ArrayList<>();

    protected Person() {
    }

    public Person(String login, String passwordHash, String givenName, String familyName, String email,
                  String preferredLanguage) {
        this.personId = UUID.randomUUID().toString();
        this.login = login;
        this.passwordHash = passwordHash;
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.preferredLanguage = preferredLanguage;
    }

    public EnterpriseAccess grant(String enterpriseNumber, AccessRole role, boolean eboxAdministratorBox) {
        EnterpriseAccess access = new EnterpriseAccess(this, enterpriseNumber, role, eboxAdministratorBox);
        accesses.add(access);
        return access;
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

    public List<EnterpriseAccess> getAccesses() {
        return Collections.unmodifiableList(accesses);
    }
}
