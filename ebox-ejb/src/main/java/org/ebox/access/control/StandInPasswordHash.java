package org.ebox.access.control;

import jakarta.security.enterprise.identitystore.PasswordHash;
import java.security.SecureRandom;

/**
 * The hash a password is checked against when nobody has the login typed: made once, by the same password hash with
 * the same algorithm and parameters as every person's, from a random password nobody knows. Checking it costs what
 * checking a person's hash costs, so the time of the answer does not tell whether a login exists.
 */
public final class StandInPasswordHash {

    private static volatile String hash;

    private StandInPasswordHash() {}

    /** The stand-in hash, made by the given password hash the first time it is asked for. */
    public static String of(PasswordHash passwordHash) {
        String made = hash;
        if (made == null) {
            synchronized (StandInPasswordHash.class) {
                made = hash;
                if (made == null) {
                    made = passwordHash.generate(randomPassword());
                    hash = made;
                }
            }
        }
        return made;
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[32];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('!' + random.nextInt('~' - '!' + 1));
        }
        return password;
    }
}
