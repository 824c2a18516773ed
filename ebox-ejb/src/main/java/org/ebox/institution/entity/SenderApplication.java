package org.ebox.institution.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ebox.common.entity.TranslatedText;

/** An online service of an institution that sends messages (e.g. the DmfA, the annual holiday certificate). */
@Entity
@Cacheable
@Table(name = "sender_application")
public class SenderApplication {

    @Id
    @Column(name = "application_id", length = 50)
    private String applicationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private SenderOrganization organization;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "name_de")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private TranslatedText name;

    protected SenderApplication() {}

    public SenderApplication(String applicationId, SenderOrganization organization, TranslatedText name) {
        this.applicationId = applicationId;
        this.organization = organization;
        this.name = name;
    }

    public void rename(TranslatedText name) {
        this.name = name;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public SenderOrganization getOrganization() {
        return organization;
    }

    public TranslatedText getName() {
        return name;
    }
}
