package org.ebox.message.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.ebox.common.entity.TranslatedText;
import org.ebox.platform.StoredContent;

/**
 * A file of a message. Only its description lives in the database; the bytes live in the content store under their
 * SHA-256 digest, so that large files stream in and out and are never held in memory.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @Column(name = "attachment_id", length = 36)
    private String attachmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id")
    private Message message;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nl", column = @Column(name = "title_nl")),
        @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private TranslatedText title;

    @Column(name = "file_name", nullable = false, length = 80)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeInBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "main_content", nullable = false)
    private boolean mainContent;

    @Column(name = "signed", nullable = false)
    private boolean signed;

    protected Attachment() {}

    Attachment(
            Message message,
            int position,
            TranslatedText title,
            String fileName,
            String mediaType,
            StoredContent content,
            boolean mainContent) {
        this.attachmentId = UUID.randomUUID().toString();
        this.message = message;
        this.position = position;
        this.title = title;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeInBytes = content.sizeInBytes();
        this.sha256 = content.sha256Hex();
        this.mainContent = mainContent;
    }

    public void markSigned() {
        this.signed = true;
    }

    public StoredContent getContent() {
        return new StoredContent(sha256, sizeInBytes);
    }

    public String getAttachmentId() {
        return attachmentId;
    }

    public Message getMessage() {
        return message;
    }

    public int getPosition() {
        return position;
    }

    public TranslatedText getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeInBytes() {
        return sizeInBytes;
    }

    public boolean isMainContent() {
        return mainContent;
    }

    public boolean isSigned() {
        return signed;
    }
}
