package org.ebox.platform.mail;

import java.util.Objects;

/** One plain-text email of the service: to whom, about what, and what it says. */
public record OutgoingMail(String to, String subject, String text) {
    public OutgoingMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
    }
}
