package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.boundary.PublicationRefused;
import org.ebox.message.boundary.Replies;
import org.ebox.message.control.IncomingFiles;
import org.ebox.message.entity.Message;
import org.ebox.platform.ContentStore;
import org.ebox.platform.FileNames;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reply form (app/messages/reply.xhtml?id=…) of a message that allows replies: a telephone number, a text and at
 * most one document (PDF, JPEG or PNG, recognised from its content, not its name). All or nothing: a reply that
 * fails leaves no row and no file behind, and the person is told why.
 */
@Named("replyForm")
@RequestScoped
public class ReplyBacking {

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    Feedback feedback;

    @EJB
    MessageConsultation consultation;

    @EJB
    Replies replies;

    /** This request's document (the form lives for one request). */
    @Inject
    IncomingFiles incoming;

    @Inject
    @ConfigProperty(name = "ebox.reply.max-file-bytes", defaultValue = "10485760")
    long maxFileBytes;

    private Message original;
    private boolean looked;
    private String telephone;
    private String text;
    private Part document;

    /** The view action: only a message of this box that allows replies has a reply form. */
    public void check() throws IOException {
        if (getOriginal() == null) {
            Redirects.notFound(faces);
        }
    }

    public Message getOriginal() {
        if (!looked) {
            looked = true;
            original = consultation
                    .find(id(), OffsetDateTime.now(clock))
                    .filter(Message::isReplyAuthorized)
                    .orElse(null);
        }
        return original;
    }

    public String getSubject() {
        return getOriginal() == null ? "" : original.getSubject().in(language.getLocale());
    }

    public String getSender() {
        return getOriginal() == null
                ? ""
                : original.getSenderOrganization().getShortName().in(language.getLocale());
    }

    public void send() throws IOException {
        if (!Replies.isTelephoneNumber(telephone)) {
            feedback.error("reply.telephone.invalid");
            return;
        }
        try (IncomingFiles files = incoming) {
            Replies.Document attached = null;
            if (document != null && document.getSize() > 0) {
                IncomingFiles.Received received;
                try (InputStream in = document.getInputStream()) {
                    received = files.receive(in, maxFileBytes);
                }
                if (!Replies.DOCUMENT_TYPES.contains(received.detectedType())) {
                    feedback.error("reply.file.type");
                    return;
                }
                files.keepAll();
                attached = new Replies.Document(fileName(), received.detectedType(), received.content());
            }
            replies.send(id(), telephone.strip(), text, attached, OffsetDateTime.now(clock));
            files.stored();
            feedback.info("reply.sent");
            Redirects.to(faces, "/app/messages/list.xhtml?folder=outbox");
        } catch (ContentStore.TooLarge tooLarge) {
            feedback.error("reply.file.tooLarge", maxFileBytes / (1024 * 1024));
        } catch (PublicationRefused refused) {
            feedback.error("reply.refused");
        }
    }

    /** The document's own name, made safe and at most 80 characters, as the contract allows for files. */
    private String fileName() {
        String name = FileNames.safe(
                Optional.ofNullable(document.getSubmittedFileName()).orElse("document"));
        if (name.length() <= 80) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        return name.substring(0, 80 - extension.length()) + extension;
    }

    private String id() {
        return faces.getExternalContext().getRequestParameterMap().get("id");
    }

    public int getMaxLength() {
        return Replies.MAX_TEXT;
    }

    public long getMaxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
