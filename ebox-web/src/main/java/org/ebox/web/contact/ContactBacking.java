package org.ebox.web.contact;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.platform.mail.MailNotSent;
import org.ebox.support.boundary.ContactDesk;
import org.ebox.support.entity.ContactRequest.Topic;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/** The Contact page (app/contact.xhtml): a message to the support desk, stored and mailed. */
@Named("contact")
@RequestScoped
public class ContactBacking {

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @EJB
    ContactDesk desk;

    @EJB
    PersonDirectory persons;

    private Topic topic = Topic.MESSAGE;
    private String replyEmail;
    private String message;

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public int getMaxLength() {
        return ContactDesk.MAX_MESSAGE_LENGTH;
    }

    public void send() throws IOException {
        try {
            String reference = desk.send(topic, replyEmail, message);
            feedback.info("contact.sent", reference);
            Redirects.to(faces, "/app/contact.xhtml");
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        } catch (MailNotSent notSent) {
            feedback.error("contact.notSent");
        }
    }

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    /** The person's own address, unless another was typed. */
    public String getReplyEmail() {
        if (replyEmail == null) {
            replyEmail = persons.caller().getEmail();
        }
        return replyEmail;
    }

    public void setReplyEmail(String replyEmail) {
        this.replyEmail = replyEmail;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
