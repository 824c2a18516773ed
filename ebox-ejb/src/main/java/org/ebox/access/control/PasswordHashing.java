package org.ebox.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The e-Box's one password hash: the container's PBKDF2 with the work factor ASVS 2.4.3 asks for (at least 100,000
 * iterations; its default is 2,048). About 50 ms a check on one core: nothing for a login, a lot for a guesser.
 * Hashes keep their parameters in themselves, so those made with other parameters still verify.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    /** The hash, with the e-Box's parameters, for generating and verifying. */
    public Pbkdf2PasswordHash hash() {
        return hash;
    }
}
