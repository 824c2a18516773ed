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
import org.ebox.message.boundary.Replies;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.Reply;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.Redirects;

/**
 * A reply the enterprise sent, opened from its Outbox (app/messages/sent.xhtml?id=…): to whom, in answer to what,
 * the text, the telephone number and the document, as sent. Another enterprise's reply answers 404.
 */
@Named("sentReply")
@RequestScoped
public class SentReplyBacking {

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    @EJB
    Replies replies;

    @EJB
    MessageConsultation consultation;

    private Reply reply;
    private Message original;
    private boolean found;

    /** The view action: a reply that is not this enterprise's answers 404. */
    public void open() throws IOException {
        if (getReply() == null) {
            Redirects.notFound(faces);
        }
    }

    public Reply getReply() {
        if (!found) {
            found = true;
            reply = replies.fromCallersEnterprise(
                            faces.getExternalContext().getRequestParameterMap().get("id"))
                    .orElse(null);
            original = reply == null
                    ? null
                    : consultation
                            .find(reply.getOriginalMessageId(), OffsetDateTime.now(clock))
                            .orElse(null);
        }
        return reply;
    }

    /** The message answered, while it is still in the box (it may have expired since). */
    public Optional<Message> getOriginal() {
        getReply();
        return Optional.ofNullable(original);
    }

    public String getOriginalSubject() {
        return getOriginal()
                .map(message -> message.getSubject().in(language.getLocale()))
                .orElse(null);
    }

    /** The institution the reply went to: the sender of the message answered. */
    public String getRecipient() {
        return getOriginal()
                .map(message -> message.getSenderOrganization().getShortName().in(language.getLocale()) + " – "
                        + message.getSenderOrganization().getLongName().in(language.getLocale()))
                .orElse(reply.getSenderOrganizationId());
    }

    public Date getSentAt() {
        return Date.from(reply.getSentAt().toInstant());
    }

    public String getDocumentSize() {
        return reply.getDocument()
                .map(content -> FileSizes.readable(content.sizeInBytes(), language.getLocale()))
                .orElse(null);
    }

    public String documentUrl(boolean download) {
        return faces.getExternalContext().getRequestContextPath() + "/app/messages/reply-file?reply="
                + reply.getReplyId() + (download ? "&download=true" : "");
    }
}
