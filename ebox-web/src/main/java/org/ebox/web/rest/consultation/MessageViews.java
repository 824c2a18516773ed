package org.ebox.web.rest.consultation;

import java.util.List;
import org.ebox.message.entity.Attachment;
import org.ebox.message.entity.AttentionOf;
import org.ebox.message.entity.Message;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.contract.Contract.TranslatedString;

/** Writes messages and attachments as the contract's types; links start at the API's base URI (ending in '/'). */
final class MessageViews {

    private MessageViews() {}

    /** A message in a list: without its attachments, which its own path gives (one query per page, not per row). */
    static Contract.Message summary(Message message) {
        return view(message, null);
    }

    static Contract.Message detail(Message message, String apiBase) {
        return view(message, attachments(message, apiBase));
    }

    static Contract.Attachments attachments(Message message, String apiBase) {
        List<Contract.Attachment> items = message.getAttachments().stream()
                .map(attachment -> attachment(attachment, apiBase))
                .toList();
        return new Contract.Attachments(items, items.size());
    }

    static Contract.Attachment attachment(Attachment attachment, String apiBase) {
        String messageId = attachment.getMessage().getMessageId();
        return new Contract.Attachment(
                attachment.getAttachmentId(),
                TranslatedString.of(attachment.getTitle()),
                attachment.getFileName(),
                attachment.isMainContent(),
                attachment.getMediaType(),
                Contract.kilobytes(attachment.getSizeInBytes()),
                new Contract.Digest(attachment.getContent().digestBase64Url(), "sha_256"),
                attachment.isSigned(),
                apiBase + "ebox/messages/" + messageId + "/attachments/" + attachment.getAttachmentId() + "/content");
    }

    private static Contract.Message view(Message message, Contract.Attachments attachments) {
        AttentionOf attention = message.getAttentionOf();
        return new Contract.Message(
                message.getMessageId(),
                message.getOriginalMessageId(),
                TranslatedString.of(message.getSubject()),
                Contract.dateTime(message.getReceiptDate()),
                Contract.dateTime(message.getExpirationDate()),
                message.isRead(),
                message.isVisible(),
                message.isRegisteredMail(),
                attention == null || attention.getId() == null
                        ? null
                        : new Contract.ForTheAttentionOf(attention.getId(), attention.getType(), attention.getName()),
                message.getMessageTypeId(),
                message.getSenderOrganizationId(),
                message.getSenderApplicationId(),
                attachments,
                message.isBodyMainContent(),
                message.isReplyAuthorized());
    }
}
