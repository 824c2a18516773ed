package org.ebox.message.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.control.MessageQueries;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.MessageCriteria;

/**
 * What an enterprise may see and do with its own box. Every method takes the enterprise: a message of another box
 * is simply not found, never forbidden, so that ids reveal nothing.
 */
@Stateless
public class MessageConsultation {

    @PersistenceContext
    EntityManager em;

    /** A page of a box, counted and cut in the database. */
    public ResultPage<Message> search(EnterpriseNumber enterprise, MessageCriteria criteria, int page, int pageSize,
                                      OffsetDateTime now) {
        return search(enterprise, criteria, page, pageSize, true, now);
    }

    /** A page of a box, newest or oldest first, counted and cut in the database. */
    public ResultPage<Message> search(EnterpriseNumber enterprise, MessageCriteria criteria, int page, int pageSize,
                                      boolean newestFirst, OffsetDateTime now) {
        consulted(enterprise, now);
        MessageQueries queries = MessageQueries.of(enterprise.value(), criteria, now);
        long total = queries.count(em).getSingleResult();
        List<Message> items = total == 0 ? List.of()
                : queries.page(em, page, pageSize, newestFirst).getResultList();
        return new ResultPage<>(items, total);
    }

    /** How many messages of the box meet the criteria, counted in the database. */
    public long count(EnterpriseNumber enterprise, MessageCriteria criteria, OffsetDateTime now) {
        return MessageQueries.of(enterprise.value(), criteria, now).count(em).getSingleResult();
    }

    /**
     * A person opens a message in the browser: it is read, by that person, now. Registered mail is not: its content
     * stays closed until the person picks it up ({@link #pickUp}).
     */
    public Optional<Message> open(EnterpriseNumber enterprise, String messageId, String personId, OffsetDateTime now) {
        Optional<Message> message = find(enterprise, messageId, now);
        message.filter(found -> !found.isRegisteredMail()).ifPresent(found -> found.markRead(personId, now));
        return message;
    }

    /** The explicit acceptance of registered mail: picked up and read, by this person, now. */
    public Optional<Message> pickUp(EnterpriseNumber enterprise, String messageId, String personId,
                                    OffsetDateTime now) {
        Optional<Message> message = find(enterprise, messageId, now);
        message.ifPresent(found -> {
            found.pickUp(personId, now);
            found.markRead(personId, now);
        });
        return message;
    }

    /** Several messages of this box, in the order asked; ids of other boxes and expired messages are left out. */
    public List<Message> findAll(EnterpriseNumber enterprise, List<String> messageIds, OffsetDateTime now) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        Map<String, Message> found = em.createQuery("""
                        select m from Message m where m.messageId in :ids
                        and m.enterpriseNumber = :enterprise and m.expirationDate > :now""", Message.class)
                .setParameter("ids", messageIds)
                .setParameter("enterprise", enterprise.value())
                .setParameter("now", now)
                .getResultStream()
                .collect(Collectors.toMap(Message::getMessageId, message -> message));
        return messageIds.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<Message> find(EnterpriseNumber enterprise, String messageId, OffsetDateTime now) {
        return Optional.ofNullable(messageId == null ? null : em.find(Message.class, messageId))
                .filter(message -> message.getEnterpriseNumber().equals(enterprise))
                .filter(message -> !message.isExpiredAt(now));
    }

    public Optional<Attachment> findAttachment(EnterpriseNumber enterprise, String messageId, String attachmentId,
                                               OffsetDateTime now) {
        return find(enterprise, messageId, now).flatMap(message -> message.getAttachments().stream()
                .filter(attachment -> attachment.getAttachmentId().equals(attachmentId))
                .findFirst());
    }

    /**
     * Opening the main content (the main attachment, or the body when it is the main content) reads the message;
     * registered mail is picked up by the same act.
     */
    public void openedMainContent(EnterpriseNumber enterprise, String messageId, String by, OffsetDateTime when) {
        find(enterprise, messageId, when).ifPresent(message -> {
            message.markRead(by, when);
            message.pickUp(by, when);
        });
    }

    /**
     * Masks or shows several messages at once, all or none: if one of them is not in this box, nothing changes and
     * the unknown ids are answered.
     */
    public Set<String> changeVisibility(EnterpriseNumber enterprise, Map<String, Boolean> visibleById,
                                        OffsetDateTime now) {
        Map<String, Message> found = visibleById.keySet().stream()
                .map(id -> find(enterprise, id, now))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Message::getMessageId, message -> message));
        Set<String> unknown = visibleById.keySet().stream().filter(id -> !found.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            return unknown;
        }
        visibleById.forEach((id, visible) -> {
            if (visible) {
                found.get(id).makeVisible();
            } else {
                found.get(id).mask();
            }
        });
        return Set.of();
    }

    /**
     * Notes that the box was consulted now (the contract's lastConsultationDate). At most once a minute, and as a
     * bulk update, so that readers neither write on every call nor collide with changes to the enterprise.
     */
    private void consulted(EnterpriseNumber enterprise, OffsetDateTime now) {
        em.createQuery("""
                        update Enterprise e set e.lastConsultationAt = :now
                        where e.enterpriseNumber = :enterprise
                        and (e.lastConsultationAt is null or e.lastConsultationAt < :aMinuteAgo)""")
                .setParameter("now", now)
                .setParameter("enterprise", enterprise.value())
                .setParameter("aMinuteAgo", now.minusMinutes(1))
                .executeUpdate();
    }

    /** The total size of the box's attachments, in bytes. */
    public long sizeInBytes(EnterpriseNumber enterprise, OffsetDateTime now) {
        Long size = em.createQuery("""
                        select sum(a.sizeInBytes) from Attachment a
                        where a.message.enterpriseNumber = :enterprise and a.message.expirationDate > :now""",
                        Long.class)
                .setParameter("enterprise", enterprise.value())
                .setParameter("now", now)
                .getSingleResult();
        return size == null ? 0 : size;
    }

    /** One page of results and the number of all of them. */
    public record ResultPage<T>(List<T> items, long total) {
    }
}
