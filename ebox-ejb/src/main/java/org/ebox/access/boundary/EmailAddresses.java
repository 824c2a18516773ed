package org.ebox.access.boundary;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.ebox.access.boundary.AccessRefused.Reason;

/** The one check of an email address that a person types: strict RFC 822 syntax by Jakarta Mail, plus a dotted domain. */
public final class EmailAddresses {

    private EmailAddresses() {}

    /** The address, trimmed; refused with {@link Reason#INVALID_EMAIL} unless it is one plain address. */
    public static String valid(String email) {
        String address = email == null ? "" : email.trim();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            int at = address.lastIndexOf('@');
            String domain = at < 0 ? "" : address.substring(at + 1);
            if (address.length() > 254
                    || !address.equals(parsed.getAddress())
                    || at < 1
                    || !domain.contains(".")
                    || domain.startsWith(".")
                    || domain.endsWith(".")) {
                throw new AccessRefused(Reason.INVALID_EMAIL);
            }
            return address;
        } catch (AddressException e) {
            throw new AccessRefused(Reason.INVALID_EMAIL);
        }
    }
}
