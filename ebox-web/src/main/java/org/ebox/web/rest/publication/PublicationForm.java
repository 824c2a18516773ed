package org.ebox.web.rest.publication;

import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.boundary.Publication;
import org.ebox.message.boundary.PublicationRefused;
import org.ebox.message.control.AttachmentMediaTypes;
import org.ebox.message.entity.AttentionOf;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.contract.Contract.TranslatedString;

/**
 * The form rules of a publication, checked before anything is stored (document sender guide, FAQ): the recipient,
 * the sender named as the token's organisation, the subject and business data limits, and the link between the
 * declared attachments and the file parts, one for one. The rules that need the database are the boundary's.
 */
final class PublicationForm {

    static final int MAX_ATTACHMENTS = 6;
    static final int MAX_SUBJECT = 255;
    static final int MAX_FILE_NAME = 80;
    static final int MAX_BUSINESS_VALUE_BYTES = 256;
    static final int MAX_ATTENTION_NAME = 100;

    private PublicationForm() {}

    /** A file part as it arrived: its declared name and type, and where the store staged its bytes. */
    record FilePart(
            String fileName, String mediaType, String detectedType, org.ebox.platform.ContentStore.Staged staged) {}

    static Publication.Request check(
            Contract.MessageToPublish form,
            Map<String, FilePart> files,
            EnterpriseNumber caller,
            String idempotencyKey,
            String fingerprint,
            Jsonb json) {
        if (form.recipient() == null
                || form.subject() == null
                || form.bodyMainContent() == null
                || form.replyAuthorized() == null) {
            throw invalid("recipient, subject, bodyMainContent and replyAuthorized are required");
        }
        if (!"enterprise".equals(form.recipient().eboxType())) {
            throw invalid("recipient.eboxType: only enterprise e-Boxes are served here");
        }
        String recipient = form.recipient().eboxIdValue();
        if (recipient == null || !EnterpriseNumber.isValid(recipient)) {
            throw invalid("recipient.eboxIdValue: not a valid enterprise number (ten digits, check digits)");
        }
        if (form.senderOrganizationId() != null && !form.senderOrganizationId().equals(caller.value())) {
            throw PublicationRefused.invalidSender("Invalid sender: user credentials does not match payload");
        }
        if (form.senderApplicationId() == null || form.messageTypeId() == null) {
            throw invalid("senderApplicationId and messageTypeId are required");
        }
        if (form.paymentData() != null) {
            throw invalid("paymentData is not supported by this e-Box");
        }
        TranslatedText subject = text("subject", form.subject(), MAX_SUBJECT);
        if (subject == null) {
            throw invalid("subject: at least one language");
        }
        TranslatedText body = text("bodyContent", form.bodyContent(), Integer.MAX_VALUE);
        if (form.bodyMainContent() && body == null) {
            throw invalid("bodyMainContent is true but there is no bodyContent");
        }
        List<Publication.NewAttachment> attachments = attachments(form, files);
        long mainContents = attachments.stream()
                        .filter(Publication.NewAttachment::mainContent)
                        .count()
                + (form.bodyMainContent() ? 1 : 0);
        if (mainContents == 0) {
            throw invalid("No main content attachment. Exactly one is expected");
        }
        if (mainContents > 1) {
            throw invalid("Too many main content. Exactly one is expected");
        }
        return new Publication.Request(
                caller,
                form.senderApplicationId(),
                form.messageTypeId(),
                new EnterpriseNumber(recipient),
                subject,
                body,
                form.bodyMainContent(),
                form.replyAuthorized(),
                Boolean.TRUE.equals(form.registeredMail()),
                form.originalMessageId(),
                attentionOf(form),
                businessData(form, json),
                attachments,
                idempotencyKey,
                fingerprint);
    }

    private static List<Publication.NewAttachment> attachments(
            Contract.MessageToPublish form, Map<String, FilePart> files) {
        List<Contract.AttachmentToPublish> declared = form.attachments() == null ? List.of() : form.attachments();
        if (declared.size() > MAX_ATTACHMENTS) {
            throw invalid("At most " + MAX_ATTACHMENTS + " attachments");
        }
        if (declared.size() != files.size()) {
            throw invalid("Json Attachments number is inconsistent with number of parts");
        }
        Set<String> names = new HashSet<>();
        List<Publication.NewAttachment> attachments = new ArrayList<>();
        for (Contract.AttachmentToPublish attachment : declared) {
            if (attachment == null || attachment.httpPartName() == null || attachment.mainContent() == null) {
                throw invalid("every attachment needs httpPartName and mainContent");
            }
            FilePart file = files.get(attachment.httpPartName());
            if (file == null || !names.add(attachment.httpPartName())) {
                throw invalid("Some json attachment info do not match any file upload part");
            }
            attachments.add(attachment(attachment, file));
        }
        return attachments;
    }

    private static Publication.NewAttachment attachment(Contract.AttachmentToPublish declared, FilePart file) {
        if (file.fileName().length() > MAX_FILE_NAME) {
            throw invalid("File name longer than " + MAX_FILE_NAME + " characters: " + file.fileName());
        }
        if (!AttachmentMediaTypes.isAllowed(file.mediaType())) {
            throw invalid("Attachment mime type is not valid. See spec for list of available mime types: "
                    + file.mediaType());
        }
        if (!AttachmentMediaTypes.contentMatches(file.mediaType(), file.detectedType())) {
            throw invalid("The content of " + file.fileName() + " is not " + file.mediaType());
        }
        if (declared.digest() != null
                && (!"sha_256".equals(declared.digest().digestMethod())
                        || !file.staged()
                                .content()
                                .digestBase64Url()
                                .equals(declared.digest().digestValue()))) {
            throw new PublicationRefused("DIGEST_DO_NOT_MATCH", "Issue with Digest of " + file.fileName());
        }
        TranslatedText title = text("attachmentTitle", declared.attachmentTitle(), 255);
        return new Publication.NewAttachment(
                title,
                file.fileName(),
                file.mediaType(),
                file.staged().content(),
                declared.mainContent(),
                Boolean.TRUE.equals(declared.attachmentSigned()));
    }

    private static AttentionOf attentionOf(Contract.MessageToPublish form) {
        Contract.ForTheAttentionOf attention = form.forTheAttentionOf();
        if (attention == null) {
            return null;
        }
        if (attention.name() != null && attention.name().length() > MAX_ATTENTION_NAME) {
            throw invalid("forTheAttentionOf.name: at most " + MAX_ATTENTION_NAME + " characters");
        }
        return new AttentionOf(attention.id(), attention.type(), attention.name());
    }

    private static String businessData(Contract.MessageToPublish form, Jsonb json) {
        if (form.businessDataList() == null || form.businessDataList().isEmpty()) {
            return null;
        }
        for (Contract.BusinessDataToPublish data : form.businessDataList()) {
            if (data == null || data.key() == null || data.values() == null) {
                throw invalid("every business data needs key and values");
            }
            for (TranslatedString value : data.values()) {
                for (String text : value == null ? List.<String>of() : nonNull(value)) {
                    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BUSINESS_VALUE_BYTES) {
                        throw invalid("Business data value of " + data.key() + " is longer than "
                                + MAX_BUSINESS_VALUE_BYTES + " bytes");
                    }
                }
            }
        }
        return json.toJson(form.businessDataList());
    }

    private static List<String> nonNull(TranslatedString value) {
        List<String> texts = new ArrayList<>();
        for (String text : new String[] {value.nl(), value.fr(), value.de()}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A contract text as ours, or null when no language is given; each language at most {@code max} characters. */
    private static TranslatedText text(String field, TranslatedString text, int max) {
        if (text == null || (blank(text.nl()) && blank(text.fr()) && blank(text.de()))) {
            return null;
        }
        for (String language : nonNull(text)) {
            if (language.length() > max) {
                throw invalid(field + ": at most " + max + " characters");
            }
        }
        return TranslatedText.of(text.nl(), text.fr(), text.de(), null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static PublicationRefused invalid(String message) {
        return PublicationRefused.invalidInput(message);
    }
}
