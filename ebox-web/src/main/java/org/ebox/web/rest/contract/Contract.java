package org.ebox.web.rest.contract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ebox.common.entity.BelgianTime;
import org.ebox.common.entity.TranslatedText;

/**
 * The e-Box Message Registry v2.1 contract's types, field for field (messageRegistry-v2.1.yaml, definitions). Nothing
 * else is ever written: clients generated from the contract reject unknown fields. Absent values are left out.
 */
public final class Contract {

    private Contract() {}

    /** The contract's date-time form, yyyy-MM-dd'T'HH:mm:ssXXX. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** In Belgian time, as the people reading the box count their days. */
    public static String dateTime(OffsetDateTime moment) {
        return moment == null
                ? null
                : DATE_TIME.format(moment.atZoneSameInstant(BelgianTime.ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Kilobytes of 1024 bytes, as the contract counts sizes. */
    public static double kilobytes(long bytes) {
        return bytes / 1024.0;
    }

    /** nl, fr and de; the contract has no English. A missing language takes another's text (consultation profile). */
    public record TranslatedString(String nl, String fr, String de) {
        public static TranslatedString of(TranslatedText text) {
            if (text == null) {
                return null;
            }
            String fallback = firstPresent(text.getFr(), text.getNl(), text.getDe(), text.getEn());
            return fallback == null
                    ? null
                    : new TranslatedString(
                            orElse(text.getNl(), fallback),
                            orElse(text.getFr(), fallback),
                            orElse(text.getDe(), fallback));
        }

        private static String firstPresent(String... texts) {
            for (String text : texts) {
                if (text != null && !text.isBlank()) {
                    return text;
                }
            }
            return null;
        }

        private static String orElse(String text, String fallback) {
            return text == null || text.isBlank() ? fallback : text;
        }
    }

    public record StatusMessage(String id, String code, String message) {}

    public record Ebox(
            int numberOfMessages,
            Integer numberOfUnreadMessages,
            String lastReceiptDate,
            String lastConsultationDate,
            Double eboxSize) {}

    public record Digest(String digestValue, String digestMethod) {}

    public record Attachment(
            String attachmentId,
            TranslatedString attachmentTitle,
            String fileName,
            boolean mainContent,
            String mediaType,
            double size,
            Digest digest,
            boolean attachmentSigned,
            String contentHref) {}

    public record Attachments(List<Attachment> items, int totalItems) {}

    public record ForTheAttentionOf(String id, String type, String name) {}

    public record Message(
            String messageId,
            String originalMessageId,
            TranslatedString subject,
            String receiptDate,
            String expirationDate,
            boolean readStatus,
            boolean visible,
            boolean registeredMail,
            ForTheAttentionOf forTheAttentionOf,
            String messageTypeId,
            String senderOrganizationId,
            String senderApplicationId,
            Attachments attachments,
            boolean bodyMainContent,
            boolean replyAuthorized) {}

    public record Messages(List<Message> items, int totalItems) {}

    public record MessageToUpdate(String messageId, Boolean visible) {}

    public record MessagesToUpdate(List<MessageToUpdate> items, Integer totalItems) {}

    public record ValidityPeriod(int validityPeriodNumber, String validityPeriodUnit) {}

    public record MessageType(
            String messageTypeId,
            TranslatedString messageTypeName,
            ValidityPeriod validityPeriod,
            List<String> senderOrganizationIds,
            List<String> senderApplicationIds) {}

    public record MessageTypes(List<MessageType> items, int totalItems) {}

    public record Image(String imageId, double size, String mediaType, String language, String contentHref) {}

    public record SenderApplication(
            String applicationId,
            TranslatedString applicationName,
            List<Image> applicationLogos,
            List<String> senderOrganizationIds,
            List<String> messageTypeIds) {}

    public record SenderApplications(List<SenderApplication> items, int totalItems) {}

    public record SenderOrganization(
            String organizationId,
            TranslatedString organizationShortName,
            TranslatedString organizationLongName,
            List<Image> organizationLogos,
            List<String> senderApplicationIds,
            List<String> messageTypeIds,
            String contactBusiness) {}

    public record SenderOrganizations(List<SenderOrganization> items, int totalItems) {}

    // What senders send (publication).

    public record EboxId(String eboxType, String eboxIdValue) {}

    public record AttachmentToPublish(
            TranslatedString attachmentTitle,
            String httpPartName,
            Boolean mainContent,
            Digest digest,
            Boolean attachmentSigned) {}

    public record BusinessDataToPublish(
            String key, TranslatedString name, TranslatedString description, List<TranslatedString> values) {}

    public record MessageToPublish(
            EboxId recipient,
            ForTheAttentionOf forTheAttentionOf,
            String originalMessageId,
            TranslatedString subject,
            String messageTypeId,
            String expirationDate,
            String senderOrganizationId,
            String senderApplicationId,
            Boolean registeredMail,
            List<AttachmentToPublish> attachments,
            Boolean bodyMainContent,
            TranslatedString bodyContent,
            List<BusinessDataToPublish> businessDataList,
            Object paymentData,
            Boolean replyAuthorized) {}

    public record PublicationStatusMessage(String messageId, String expirationDate, String code, String message) {}

    public record MessageIdEboxId(String messageId, EboxId eboxId) {}

    public record MessageStatus(
            String messageId, EboxId eboxId, String expirationDate, boolean readStatus, boolean visible) {}
}
