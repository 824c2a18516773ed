package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.Message;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The detail of one message (app/messages/message.xhtml?id=…). Opening it reads it, by this person, now; registered
 * mail shows its content and files only once the person picks it up. A message of another enterprise, or one that
 * expired, answers 404.
 */
@Named("message")
@RequestScoped
public class MessageDetailBacking {

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    @Inject
    Feedback feedback;

    @EJB
    MessageConsultation consultation;

    private Message message;
    private boolean opened;

    /** The view action: a message that is not this box's answers 404. */
    public void open() throws IOException {
        if (getMessage() == null) {
            Redirects.notFound(faces);
        }
    }

    /** Registered mail: the explicit acceptance; records who picked it up and when, then shows the content. */
    public void pickUp() throws IOException {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        Optional<Message> picked = consultation.pickUp(id, OffsetDateTime.now(clock));
        if (picked.isEmpty()) {
            Redirects.notFound(faces);
            return;
        }
        feedback.info("message.pickedUp");
        Redirects.to(faces, "/app/messages/message.xhtml?id=" + id);
    }

    /** The message of the address (also on a postback, where the form sends the id), opened once per request. */
    public Message getMessage() {
        if (!opened) {
            opened = true;
            message = consultation
                    .open(faces.getExternalContext().getRequestParameterMap().get("id"), OffsetDateTime.now(clock))
                    .orElse(null);
        }
        return message;
    }

    /** Registered mail not yet picked up: header only, files closed. */
    public boolean isClosed() {
        return getMessage() != null && message.isAwaitingPickUp();
    }

    public String getSubject() {
        return getMessage() == null ? "" : message.getSubject().in(language.getLocale());
    }

    public String getBody() {
        return message.getBody() == null ? null : message.getBody().in(language.getLocale());
    }

    public String getSender() {
        return getSenderShortName() + " – "
                + message.getSenderOrganization().getLongName().in(language.getLocale());
    }

    public String getApplication() {
        return message.getSenderApplication().getName().in(language.getLocale());
    }

    /** The technical data names what its ids stand for: organisation, application and type, in the page's language. */
    public String getSenderShortName() {
        return message.getSenderOrganization().getShortName().in(language.getLocale());
    }

    public String getMessageTypeName() {
        return message.getMessageType().getName().in(language.getLocale());
    }

    /** The main document when it is a PDF: the page shows it in place (browsers show PDFs; other files open). */
    public Attachment getMainPdf() {
        return getMessage() == null || isClosed()
                ? null
                : message.getAttachments().stream()
                        .filter(Attachment::isMainContent)
                        .filter(attachment -> "application/pdf".equals(attachment.getMediaType()))
                        .findFirst()
                        .orElse(null);
    }

    public String title(Attachment attachment) {
        String title =
                attachment.getTitle() == null ? null : attachment.getTitle().in(language.getLocale());
        return title == null || title.isBlank() ? attachment.getFileName() : title;
    }

    public Date date(OffsetDateTime when) {
        return when == null ? null : Date.from(when.toInstant());
    }

    public String size(long bytes) {
        return FileSizes.readable(bytes, language.getLocale());
    }

    public String fileUrl(Attachment attachment, boolean download) {
        return faces.getExternalContext().getRequestContextPath() + "/app/messages/file?message="
                + message.getMessageId() + "&attachment=" + attachment.getAttachmentId()
                + (download ? "&download=true" : "");
    }
}
