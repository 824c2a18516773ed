package org.ebox.web.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.Person;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.expiry.entity.PurgeRecord;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.message.control.BoxCounts;
import org.ebox.message.entity.Message;
import org.ebox.notification.entity.Notification;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;

/** Enterprises, persons and messages of the nightly-run tests, made to measure, and what the run left of them. */
@Stateless
public class NightlyWorld {

    /**
     * The demo world's holiday certificate: its messages expire 90 days after they arrive. (The tests add no type of
     * their own: on PostgreSQL the test classes share one database, and others count the types.)
     */
    static final String NINETY_DAY_TYPE = "holiday-certificate";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore contentStore;

    /** A person of an enterprise: login, role, language and address. */
    public record Member(String login, AccessRole role, String language, String email) {}

    /** A new enterprise with this notification address (null: none) and these persons; answers its number. */
    public String enterprise(String notificationEmail, List<Member> members) {
        EnterpriseNumber number =
                EnterpriseNumber.withCheckDigits("09" + String.format("%06d", (System.nanoTime() / 1000) % 1_000_000));
        em.persist(new Enterprise(
                number, "Nightly test " + number.value(), EnterpriseDomain.NSSO_EMPLOYER, notificationEmail));
        em.flush();
        BoxCounts.countAnew(em, List.of(number.value()));
        for (Member member : members) {
            Person person = new Person(
                    member.login() + "." + number.value(),
                    "not-a-password-hash",
                    "Test",
                    member.login(),
                    member.email(),
                    member.language());
            person.grant(number.value(), member.role(), false);
            em.persist(person);
        }
        return number.value();
    }

    /** An unread message of the 90-day type, arrived at {@code receipt}; answers its id. */
    public String publish(String enterpriseNumber, OffsetDateTime receipt, boolean registeredMail) {
        Message message = new Message(
                EnterpriseNumber.parse(enterpriseNumber),
                sender(),
                ninetyDayType(),
                TranslatedText.of("Geheim onderwerp", "Sujet secret", "Geheimer Betreff", "Secret subject"),
                receipt);
        if (registeredMail) {
            message.asRegisteredMail();
        }
        em.persist(message);
        em.flush();
        BoxCounts.received(em, enterpriseNumber);
        return message.getMessageId();
    }

    /** A message that expired an hour before {@code now}, with a PDF of its own and one it shares. */
    public String publishExpired(String enterpriseNumber, OffsetDateTime now, StoredContent shared) {
        OffsetDateTime receipt = now.minusDays(90).minusHours(1);
        String id = publish(enterpriseNumber, receipt, false);
        Message message = em.find(Message.class, id);
        message.attach(
                TranslatedText.of("Eigen", "Propre", "Eigen", "Own"),
                "own.pdf",
                "application/pdf",
                store(pdf("Own letter " + UUID.randomUUID())),
                true);
        message.attach(
                TranslatedText.of("Gedeeld", "Partagé", "Geteilt", "Shared"),
                "shared.pdf",
                "application/pdf",
                shared,
                false);
        return id;
    }

    public void attach(String messageId, StoredContent content) {
        em.find(Message.class, messageId)
                .attach(
                        TranslatedText.of("Bijlage", "Annexe", "Anlage", "Attachment"),
                        "attachment.pdf",
                        "application/pdf",
                        content,
                        false);
    }

    public StoredContent store(byte[] bytes) {
        try {
            return contentStore.store(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF saying these words, made with PDFBox. */
    public static byte[] pdf(String words) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(words);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void read(String messageId, OffsetDateTime when) {
        em.find(Message.class, messageId).markRead("it-reader", when);
    }

    public boolean messageExists(String messageId) {
        return em.find(Message.class, messageId) != null;
    }

    public List<String> attachmentDigests(String messageId) {
        return em.createQuery("select a.sha256 from Attachment a where a.message.messageId = :id", String.class)
                .setParameter("id", messageId)
                .getResultList();
    }

    public long attachmentRows(String messageId) {
        return em.createQuery("select count(a) from Attachment a where a.message.messageId = :id", Long.class)
                .setParameter("id", messageId)
                .getSingleResult();
    }

    public PurgeRecord purgeRecord(String messageId) {
        return em.find(PurgeRecord.class, messageId);
    }

    public List<Notification> notificationsOf(String enterpriseNumber) {
        return em.createQuery(
                        "select n from Notification n where n.enterpriseNumber = :e order by n.createdAt",
                        Notification.class)
                .setParameter("e", enterpriseNumber)
                .getResultList();
    }

    /** The notices recorded for a message, as "KIND" strings. */
    public List<String> noticesOf(String messageId) {
        return em
                .createNativeQuery("select kind from message_notice where message_id = ?1 order by kind")
                .setParameter(1, messageId)
                .getResultList()
                .stream()
                .map(Object::toString)
                .toList();
    }

    private SenderApplication sender() {
        return em.createQuery("select a from SenderApplication a order by a.applicationId", SenderApplication.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    private MessageType ninetyDayType() {
        return em.find(MessageType.class, NINETY_DAY_TYPE);
    }

    /** The Inbox's total at {@code now} as the box's counters give it (BoxCounts). */
    public long inboxTotal(String enterpriseNumber, OffsetDateTime now) {
        return BoxCounts.unexpired(em, enterpriseNumber, true, now).orElseThrow();
    }

    /** The Inbox's counter row beside the Inbox's rows counted one by one, expired ones included. */
    public List<Long> inboxCounterAndRows(String enterpriseNumber) {
        Object counter = em.createNativeQuery("select visible from box_count where enterprise_number = ?1")
                .setParameter(1, enterpriseNumber)
                .getSingleResult();
        long rows = em.createQuery(
                        "select count(m) from Message m where m.enterpriseNumber = :e and m.visible = true", Long.class)
                .setParameter("e", enterpriseNumber)
                .getSingleResult();
        return List.of(((Number) counter).longValue(), rows);
    }

    /** All messages of all boxes, counted here independently of the service's census. */
    public long countMessages() {
        return em.createQuery("select count(m) from Message m", Long.class).getSingleResult();
    }
}
