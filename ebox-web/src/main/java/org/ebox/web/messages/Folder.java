package org.ebox.web.messages;

import java.util.Locale;

/** The three folders of the message screen. */
public enum Folder {
    /** What has not been treated yet: the visible messages. */
    INBOX,
    /** The replies the enterprise sent. */
    OUTBOX,
    /** Treated messages, put aside with Mask. */
    MASKED;

    public String getKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Folder of(String key) {
        for (Folder folder : values()) {
            if (folder.getKey().equals(key)) {
                return folder;
            }
        }
        return INBOX;
    }
}
