package org.ebox.web.rest.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;

/** Key sets fetched from an address (the identity provider's, or a registered client's), cached by nimbus. */
final class KeySets {

    private KeySets() {}

    /**
     * Cached for the given time; a token naming a key id the cache lacks fetches the set anew (at most once per half
     * interval), so that a key rotated in is taken at once, and one rotated out is dropped when the cache expires.
     */
    static JWKSource<SecurityContext> cachedAt(String url, long cacheSeconds) {
        long lifetime = Duration.ofSeconds(cacheSeconds).toMillis();
        try {
            return JWKSourceBuilder.create(URI.create(url).toURL())
                    .cache(lifetime, Math.min(15_000, lifetime / 2))
                    .refreshAheadCache(false)
                    .rateLimited(Math.min(30_000, lifetime / 2))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Not the URL of a key set: " + url, e);
        }
    }
}
