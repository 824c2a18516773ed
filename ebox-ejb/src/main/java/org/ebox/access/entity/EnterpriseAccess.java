package org.ebox.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** The role one person holds for one enterprise. */
@Entity
@Table(name = "enterprise_access")
public class EnterpriseAccess {

    @Id
    @Column(name = "access_id", length = 36)
    private String accessId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "enterprise_number", length = 10, nullable = false)
    private String enterpriseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_role", nullable = false, length = 30)
    private AccessRole role;

    /** The 'e-Box Administrator' box of the access management: what gives a plain user the e-Box. */
    @Column(name = "ebox_administrator", nullable = false)
    private boolean eboxAdministratorBox;

    protected EnterpriseAccess() {}

    EnterpriseAccess(Person person, String enterpriseNumber, AccessRole role, boolean eboxAdministratorBox) {
        this.accessId = UUID.randomUUID().toString();
        this.person = person;
        this.enterpriseNumber = enterpriseNumber;
        this.role = role;
        this.eboxAdministratorBox = eboxAdministratorBox;
    }

    public void tickEboxAdministratorBox(boolean ticked) {
        this.eboxAdministratorBox = ticked;
    }

    public boolean grantsEbox() {
        return role.grantsEbox(eboxAdministratorBox);
    }

    public String getAccessId() {
        return accessId;
    }

    public Person getPerson() {
        return person;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public AccessRole getRole() {
        return role;
    }

    public boolean isEboxAdministratorBox() {
        return eboxAdministratorBox;
    }
}
