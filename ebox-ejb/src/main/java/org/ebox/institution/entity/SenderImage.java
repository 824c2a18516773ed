package org.ebox.institution.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.ebox.platform.StoredContent;

/** A logo of a sender organisation or of one of its applications, shown beside their messages. */
@Entity
@Cacheable
@Table(name = "sender_image")
public class SenderImage {

    @Id
    @Column(name = "image_id", length = 36)
    private String imageId;

    @Column(name = "organization_id", length = 10)
    private String organizationId;

    @Column(name = "application_id", length = 50)
    private String applicationId;

    @Column(length = 2)
    private String language;

    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeInBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected SenderImage() {}

    private SenderImage(String organizationId, String applicationId, String mediaType, StoredContent content) {
        this.imageId = UUID.randomUUID().toString();
        this.organizationId = organizationId;
        this.applicationId = applicationId;
        this.mediaType = mediaType;
        this.sizeInBytes = content.sizeInBytes();
        this.sha256 = content.sha256Hex();
    }

    public static SenderImage ofOrganization(SenderOrganization organization, String mediaType, StoredContent content) {
        return new SenderImage(organization.getOrganizationId(), null, mediaType, content);
    }

    public static SenderImage ofApplication(SenderApplication application, String mediaType, StoredContent content) {
        return new SenderImage(null, application.getApplicationId(), mediaType, content);
    }

    public StoredContent getContent() {
        return new StoredContent(sha256, sizeInBytes);
    }

    public String getImageId() {
        return imageId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public String getLanguage() {
        return language;
    }

    public String getMediaType() {
        return mediaType;
    }
}
