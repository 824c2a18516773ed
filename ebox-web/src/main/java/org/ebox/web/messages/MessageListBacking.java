package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ebox.common.control.ResultPage;
import org.ebox.institution.boundary.ReferenceData;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.message.boundary.Replies;
import org.ebox.message.control.MessageQueries;
import org.ebox.message.entity.Message;
import org.ebox.message.entity.MessageCriteria;
import org.ebox.message.entity.NoticeSchedule;
import org.ebox.message.entity.Reply;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The message screen (app/messages/list.xhtml): a folder, searched and paged in the database. Every criterion is a
 * parameter of the address, so that a search can be bookmarked, shared with a colleague of the same enterprise, and
 * used from the keyboard with the browser's own Back button.
 */
@Named("messages")
@RequestScoped
public class MessageListBacking {

    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);
    /** The search's parameters: kept by paging and page size, and what makes the list a search. */
    private static final List<String> SEARCH_PARAMETERS =
            List.of("q", "sender", "from", "to", "unread", "registered", "toPickUp", "expiring");

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

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

    @EJB
    ReferenceData referenceData;

    private OffsetDateTime now;
    private ResultPage<Row> rows;
    private ResultPage<SentReply> sent;
    private Map<String, String> logoBySender;

    /** One line of a message folder, in the reader's language. */
    public record Row(
            String id,
            String sender,
            String application,
            String subject,
            Date received,
            boolean unread,
            boolean registeredMail,
            boolean awaitingPickUp,
            boolean replyAuthorized,
            boolean expiringSoon,
            String logoId) {

        /** Shown in bold: what still waits for the person, unread or registered mail not picked up. */
        public boolean waiting() {
            return unread || awaitingPickUp;
        }
    }

    /** One line of the Outbox. */
    public record SentReply(
            String id,
            String originalId,
            String originalSubject,
            String recipient,
            Date sentAt,
            String text,
            String fileName) {

        /** How much of the text the Outbox shows; the whole opens with the reply. */
        static final int EXCERPT = 160;

        public String excerpt() {
            return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).stripTrailing() + "…";
        }
    }

    public Folder getFolder() {
        return Folder.of(param("folder"));
    }

    public List<Folder> getFolders() {
        return List.of(Folder.values());
    }

    public long count(Folder folder) {
        if (folder == getFolder() && folder != Folder.OUTBOX && !isSearching()) {
            // The folder shown without a search: its page's total is its count, already counted once.
            return getRows().total();
        }
        return switch (folder) {
            case OUTBOX -> replies.countFromCallersEnterprise();
            case INBOX -> consultation.count(MessageCriteria.visibleOnly(true), now());
            case MASKED -> consultation.count(MessageCriteria.visibleOnly(false), now());
        };
    }

    public ResultPage<Row> getRows() {
        if (rows == null) {
            ResultPage<Message> found =
                    consultation.search(criteria(), getPage(), getSize(), !"oldest".equals(getOrder()), now());
            rows = new ResultPage<>(found.items().stream().map(this::row).toList(), found.total());
        }
        return rows;
    }

    public ResultPage<SentReply> getSent() {
        if (sent == null) {
            ResultPage<Reply> found = replies.fromCallersEnterprise(getPage(), getSize());
            Map<String, Message> originals =
                    consultation
                            .findAll(
                                    found.items().stream()
                                            .map(Reply::getOriginalMessageId)
                                            .toList(),
                                    now())
                            .stream()
                            .collect(Collectors.toMap(Message::getMessageId, Function.identity()));
            sent = new ResultPage<>(
                    found.items().stream()
                            .map(reply -> {
                                Message original = originals.get(reply.getOriginalMessageId());
                                return new SentReply(
                                        reply.getReplyId(),
                                        reply.getOriginalMessageId(),
                                        original == null
                                                ? null
                                                : original.getSubject().in(language.getLocale()),
                                        original == null
                                                ? null
                                                : original.getSenderOrganization()
                                                        .getShortName()
                                                        .in(language.getLocale()),
                                        Date.from(reply.getSentAt().toInstant()),
                                        reply.getText(),
                                        reply.getFileName());
                            })
                            .toList(),
                    found.total());
        }
        return sent;
    }

    private Row row(Message message) {
        return new Row(
                message.getMessageId(),
                message.getSenderOrganization().getShortName().in(language.getLocale()),
                message.getSenderApplication().getName().in(language.getLocale()),
                message.getSubject().in(language.getLocale()),
                Date.from(message.getReceiptDate().toInstant()),
                !message.isRead(),
                message.isRegisteredMail(),
                message.isAwaitingPickUp(),
                message.isReplyAuthorized(),
                NoticeSchedule.expiresSoon(message.getExpirationDate(), now()),
                logos().get(message.getSenderOrganizationId()));
    }

    /** The organisations' logos (few, in one query), by organisation id. */
    private Map<String, String> logos() {
        if (logoBySender == null) {
            logoBySender = new java.util.HashMap<>();
            referenceData.images().stream()
                    .filter(image -> image.getOrganizationId() != null)
                    .forEach(image -> logoBySender.putIfAbsent(image.getOrganizationId(), image.getImageId()));
        }
        return logoBySender;
    }

    /** The folder's criteria and the search's, all in one query. */
    MessageCriteria criteria() {
        String words = blankToNull(param("q"));
        LocalDate from = date(param("from"));
        LocalDate to = date(param("to"));
        boolean toPickUp = "true".equals(param("toPickUp"));
        return MessageCriteria.ALL
                .withReceived(from == null ? null : from.minusDays(1), to == null ? null : to.plusDays(1))
                .withExpiry(
                        null, "true".equals(param("expiring")) ? NoticeSchedule.firstDayNotExpiringSoon(now()) : null)
                .withReadStatus("true".equals(param("unread")) ? Boolean.FALSE : null)
                .withVisible(getFolder() != Folder.MASKED)
                .withRegisteredMail(
                        ("true".equals(param("registered")) || toPickUp) ? Boolean.TRUE : null,
                        toPickUp ? Boolean.FALSE : null)
                .withSender(null, blankToNull(param("sender")), null)
                .withWords(words, words == null ? null : searchLanguage());
    }

    /** The texts of the page's language; in English, those of every language (institutions write nl, fr, de). */
    private String searchLanguage() {
        String code = language.getCode();
        return Set.of("nl", "fr", "de").contains(code) ? code : MessageQueries.ANY_LANGUAGE;
    }

    /** Download sent with nothing ticked comes back here (its servlet says so): the same word as Mask's. */
    public void explainEmptySelection() {
        if (MessagesZipServlet.NOTHING_SELECTED.equals(param("nothing"))) {
            feedback.error("messages.selectFirst");
        }
    }

    /** A search date that is no date is said, not silently dropped (the search runs without it). */
    public void explainSearchDates() {
        for (String name : List.of("from", "to")) {
            String typed = param(name);
            if (typed != null && !typed.isBlank() && SearchDates.parse(typed).isEmpty()) {
                feedback.error("messages.search.notADate", typed.strip(), feedback.text("messages.search.dateFormat"));
            }
        }
    }

    /** Mask: the selected messages go to Masked messages, all or none. */
    public void mask() throws IOException {
        changeVisibility(false, "messages.masked");
    }

    /** Make visible: the selected masked messages go back to the Inbox, all or none. */
    public void makeVisible() throws IOException {
        changeVisibility(true, "messages.madeVisible");
    }

    private void changeVisibility(boolean visible, String done) throws IOException {
        List<String> selected = getSelected();
        if (selected.isEmpty()) {
            feedback.error("messages.selectFirst");
            return;
        }
        Map<String, Boolean> change = new LinkedHashMap<>();
        selected.forEach(id -> change.put(id, visible));
        Set<String> unknown = consultation.changeVisibility(change, now());
        if (unknown.isEmpty()) {
            feedback.info(done, selected.size());
        } else {
            feedback.error("messages.notFound");
        }
        Redirects.to(faces, "/app/messages/list.xhtml?folder=" + getFolder().getKey());
    }

    /** The ids ticked in the list (plain checkboxes named "selected"). */
    public List<String> getSelected() {
        String[] values =
                faces.getExternalContext().getRequestParameterValuesMap().get("selected");
        return values == null
                ? List.of()
                : Arrays.stream(values).distinct().limit(100).toList();
    }

    public List<SenderOrganization> getSenders() {
        return referenceData.senderOrganizations(1, 100).items();
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public int getPage() {
        try {
            return Math.max(1, Integer.parseInt(param("page")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getSize() {
        try {
            int size = Integer.parseInt(param("size"));
            return PAGE_SIZES.contains(size) ? size : 25;
        } catch (NumberFormatException e) {
            return 25;
        }
    }

    public String getOrder() {
        return "oldest".equals(param("order")) ? "oldest" : "newest";
    }

    public long getPages() {
        long total =
                getFolder() == Folder.OUTBOX ? getSent().total() : getRows().total();
        return Math.max(1, (total + getSize() - 1) / getSize());
    }

    /** The address of another page of the same search. */
    public String pageUrl(long page) {
        Map<String, String[]> current = faces.getExternalContext().getRequestParameterValuesMap();
        StringBuilder url = new StringBuilder(faces.getExternalContext().getRequestContextPath())
                .append("/app/messages/list.xhtml?page=")
                .append(page);
        for (String name : java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("folder", "size", "order"), SEARCH_PARAMETERS.stream())
                .toList()) {
            String[] values = current.get(name);
            if (values != null && values.length > 0 && !values[0].isBlank()) {
                url.append('&')
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(values[0], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }

    public List<String> getSearchParameters() {
        return SEARCH_PARAMETERS;
    }

    public boolean isSearching() {
        return SEARCH_PARAMETERS.stream().anyMatch(name -> blankToNull(param(name)) != null);
    }

    public String param(String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    private static LocalDate date(String text) {
        return SearchDates.parse(text).orElse(null);
    }

    /** What a date field of the search shows: the date in the page's language, or what was typed if it is none. */
    public String dateField(String name) {
        String typed = param(name);
        return SearchDates.parse(typed)
                .map(date -> SearchDates.format(date, feedback.text("messages.search.datePattern")))
                .orElse(typed);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** One instant for the whole request, so that a page's counts, rows and markers agree. */
    private OffsetDateTime now() {
        if (now == null) {
            now = OffsetDateTime.now(clock);
        }
        return now;
    }
}
