package org.ebox.message.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.ebox.common.control.ResultPage;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.control.BoxCounts;
import org.ebox.message.control.MessageQueries;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.MessageCriteria;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/**
 * What an enterprise may see and do with its own box: a person with its e-Box, or its software with the scope of its
 * messages. The box is always the caller's, from its security context: a message of another box is simply not found,
 * never forbidden, so that ids reveal nothing. Who read or picked up is the caller too.
 */
@Stateless
@RolesAllowed({Roles.EBOX_READER, Roles.SCOPE_MESSAGES_FULL})
public class MessageConsultation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** A page of a box, counted and cut in the database. */
    public ResultPage<Message> search(MessageCriteria criteria, int page, int pageSize, OffsetDateTime now) {
        return search(criteria, page, pageSize, true, now);
    }

    /** A page of a box, newest or oldest first, counted and cut in the database. */
    public ResultPage<Message> search(
            MessageCriteria criteria, int page, int pageSize, boolean newestFirst, OffsetDateTime now) {
        EnterpriseNumber enterprise = box();
        consulted(enterprise, now);
        MessageQueries queries = MessageQueries.of(enterprise.value(), criteria, now);
        long total = total(enterprise, criteria, queries, now);
        List<Message> items = total == 0 ? List.of() : queries.page(em, page, pageSize, newestFirst);
        return new ResultPage<>(items, total);
    }

    /** The newest messages of the box that meet the criteria, at most {@code max}: a page without its count. */
    public List<Message> newest(MessageCriteria criteria, int max, OffsetDateTime now) {
        EnterpriseNumber enterprise = box();
        consulted(enterprise, now);
        return MessageQueries.of(enterprise.value(), criteria, now).page(em, 1, max, true);
    }

    /** How many messages of the box meet the criteria, counted in the database. */
    public long count(MessageCriteria criteria, OffsetDateTime now) {
        EnterpriseNumber enterprise = box();
        return total(enterprise, criteria, MessageQueries.of(enterprise.value(), criteria, now), now);
    }

    /** A folder's total from the box's counters, other criteria's by counting the messages that meet them. */
    private long total(
            EnterpriseNumber enterprise, MessageCriteria criteria, MessageQueries queries, OffsetDateTime now) {
        OptionalLong counted = criteria.isWholeFolder()
                ? BoxCounts.unexpired(em, enterprise.value(), criteria.visible(), now)
                : OptionalLong.empty();
        return counted.isPresent() ? counted.getAsLong() : queries.count(em).getSingleResult();
    }

    /**
     * A person opens a message in the browser: it is read, by that person, now. Registered mail is not: its content
     * stays closed until the person picks it up ({@link #pickUp}).
     */
    public Optional<Message> open(String messageId, OffsetDateTime now) {
        String personId = callers.current().actorId();
        Optional<Message> message = find(messageId, now);
        message.filter(found -> !found.isRegisteredMail()).ifPresent(found -> found.markRead(personId, now));
        return message;
    }

    /** The explicit acceptance of registered mail: picked up and read, by this person, now. */
    public Optional<Message> pickUp(String messageId, OffsetDateTime now) {
        String personId = callers.current().actorId();
        Optional<Message> message = find(messageId, now);
        message.ifPresent(found -> {
            found.pickUp(personId, now);
            found.markRead(personId, now);
        });
        return message;
    }

    /** Several messages of this box, in the order asked; ids of other boxes and expired messages are left out. */
    public List<Message> findAll(List<String> messageIds, OffsetDateTime now) {
        EnterpriseNumber enterprise = box();
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
        return messageIds.stream()
                .distinct()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public Optional<Message> find(String messageId, OffsetDateTime now) {
        EnterpriseNumber enterprise = box();
        return Optional.ofNullable(messageId == null ? null : em.find(Message.class, messageId))
                .filter(message -> message.getEnterpriseNumber().equals(enterprise))
                .filter(message -> !message.isExpiredAt(now));
    }

    public Optional<Attachment> findAttachment(String messageId, String attachmentId, OffsetDateTime now) {
        return find(messageId, now)
                .flatMap(message -> message.getAttachments().stream()
                        .filter(attachment -> attachment.getAttachmentId().equals(attachmentId))
                        .findFirst());
    }

    /**
     * Opening the main content (the main attachment, or the body when it is the main content) reads the message;
     * registered mail is picked up by the same act.
     */
    public void openedMainContent(String messageId, OffsetDateTime when) {
        String by = callers.current().actorId();
        find(messageId, when).ifPresent(message -> {
            message.markRead(by, when);
            message.pickUp(by, when);
        });
    }

    /**
     * Masks or shows several messages at once, all or none: if one of them is not in this box, nothing changes and
     * the unknown ids are answered.
     */
    public Set<String> changeVisibility(Map<String, Boolean> visibleById, OffsetDateTime now) {
        Map<String, Message> found = visibleById.keySet().stream()
                .map(id -> find(id, now))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Message::getMessageId, message -> message));
        Set<String> unknown = visibleById.keySet().stream()
                .filter(id -> !found.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            return unknown;
        }
        int shown = 0;
        int masked = 0;
        for (Map.Entry<String, Boolean> change : visibleById.entrySet()) {
            Message message = found.get(change.getKey());
            if (change.getValue() && message.makeVisible()) {
                shown++;
            } else if (!change.getValue() && message.mask()) {
                masked++;
            }
        }
        BoxCounts.movedBetweenFolders(em, box().value(), shown, masked);
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
    @RolesAllowed({Roles.EBOX_READER, Roles.SCOPE_MESSAGES_FULL, Roles.SCOPE_SUMMARY_OWN_EBOX})
    public long sizeInBytes(OffsetDateTime now) {
        EnterpriseNumber enterprise = box();
        Long size = em.createQuery("""
                        select sum(a.sizeInBytes) from Attachment a
                        where a.message.enterpriseNumber = :enterprise and a.message.expirationDate > :now""", Long.class)
                .setParameter("enterprise", enterprise.value())
                .setParameter("now", now)
                .getSingleResult();
        return size == null ? 0 : size;
    }

    /** The box of the enterprise the caller acts for. */
    private EnterpriseNumber box() {
        return new EnterpriseNumber(callers.actingFor());
    }
}
