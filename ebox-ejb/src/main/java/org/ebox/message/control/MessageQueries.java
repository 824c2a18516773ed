package org.ebox.message.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebox.common.control.Pages;
import org.ebox.common.entity.BelgianTime;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.MessageCriteria;
import org.ebox.message.entity.SearchText;

/**
 * Turns a box's criteria into one JPQL condition on the message table's indexed columns, used for both the page and
 * its total, so that the two always agree. Expired messages are never part of a box.
 */
public final class MessageQueries {

    /** The words are looked for in the texts of every language (the pages in English search this way). */
    public static final String ANY_LANGUAGE = "any";

    private final String where;
    private final Map<String, Object> parameters;

    private MessageQueries(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    public static MessageQueries of(String enterpriseNumber, MessageCriteria criteria, OffsetDateTime now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("m.enterpriseNumber = :enterprise");
        parameters.put("enterprise", enterpriseNumber);
        conditions.add("m.expirationDate > :now");
        parameters.put("now", now);
        if (criteria.receivedBefore() != null) {
            conditions.add("m.receiptDate < :receivedBefore");
            parameters.put("receivedBefore", startOf(criteria.receivedBefore()));
        }
        if (criteria.receivedAfter() != null) {
            conditions.add("m.receiptDate >= :receivedAfter");
            parameters.put("receivedAfter", startOf(criteria.receivedAfter().plusDays(1)));
        }
        if (criteria.expiredBefore() != null) {
            conditions.add("m.expirationDate < :expiredBefore");
            parameters.put("expiredBefore", startOf(criteria.expiredBefore()));
        }
        if (criteria.expiredAfter() != null) {
            conditions.add("m.expirationDate >= :expiredAfter");
            parameters.put("expiredAfter", startOf(criteria.expiredAfter().plusDays(1)));
        }
        if (criteria.readStatus() != null) {
            conditions.add(criteria.readStatus() ? "m.readAt is not null" : "m.readAt is null");
        }
        if (criteria.visible() != null) {
            conditions.add("m.visible = :visible");
            parameters.put("visible", criteria.visible());
        }
        if (criteria.registeredMail() != null) {
            conditions.add("m.registeredMail = :registeredMail");
            parameters.put("registeredMail", criteria.registeredMail());
        }
        if (criteria.pickedUp() != null) {
            conditions.add(criteria.pickedUp() ? "m.pickedUpAt is not null" : "m.pickedUpAt is null");
        }
        if (criteria.messageTypeId() != null) {
            conditions.add("m.messageTypeId = :messageTypeId");
            parameters.put("messageTypeId", criteria.messageTypeId());
        }
        if (criteria.senderOrganizationId() != null) {
            conditions.add("m.senderOrganizationId = :senderOrganizationId");
            parameters.put("senderOrganizationId", criteria.senderOrganizationId());
        }
        if (criteria.senderApplicationId() != null) {
            conditions.add("m.senderApplicationId = :senderApplicationId");
            parameters.put("senderApplicationId", criteria.senderApplicationId());
        }
        if (criteria.words() != null && criteria.wordsLanguage() != null) {
            String column = switch (criteria.wordsLanguage()) {
                case "nl" -> "m.searchNl";
                case "fr" -> "m.searchFr";
                case "de" -> "m.searchDe";
                case ANY_LANGUAGE -> null;
                default -> throw new IllegalArgumentException("No text search in " + criteria.wordsLanguage());
            };
            conditions.add(
                    column != null
                            ? column + " like :words escape '\\'"
                            : "(m.searchNl like :words escape '\\' or m.searchFr like :words escape '\\'"
                                    + " or m.searchDe like :words escape '\\')");
            parameters.put("words", SearchText.containing(criteria.words()));
        }
        return new MessageQueries(String.join(" and ", conditions), parameters);
    }

    /**
     * One page, newest or oldest first, ties broken by id so that pages never overlap, on the box's (enterprise,
     * visible, receipt date, id, expiry) index. A page after the first is found in two steps: its ids, skipping the
     * rows before it in the index alone (on PostgreSQL an index-only scan: none of the skipped messages' rows is
     * read), then its 25 or so rows by id. Skipping 50,000 whole rows took twice as long.
     */
    public List<Message> page(EntityManager em, int page, int pageSize, boolean newestFirst) {
        String order =
                newestFirst ? " order by m.receiptDate desc, m.messageId" : " order by m.receiptDate, m.messageId";
        int first = Pages.firstResult(page, pageSize);
        if (first == 0) {
            return bind(em.createQuery("select m from Message m where " + where + order, Message.class))
                    .setMaxResults(pageSize)
                    .getResultList();
        }
        List<String> ids = bind(em.createQuery(
                        "select m.messageId from Message m where " + where + order, String.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Message m where m.messageId in :ids" + order, Message.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(m) from Message m where " + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BelgianTime.ZONE).toOffsetDateTime();
    }
}
