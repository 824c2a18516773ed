package org.ebox.web.config.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from: the address the sign-in counters count failures by. Without a reverse proxy, the
 * connection's. Behind trusted proxies ({@code ebox.http.trusted-proxies}: their addresses, comma-separated; none by
 * default), the address the nearest untrusted hop named in {@code X-Forwarded-For}: a client may write anything into
 * that header, so only what a trusted proxy appended counts, read from the right. Behind nginx every connection comes
 * from nginx, and counting by it would let one person's failures shut everyone out.
 */
@ApplicationScoped
public class ClientAddresses {

    /** An IPv4 or IPv6 address as written; anything else in the header (a name, a port, garbage) is not taken. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    /** Payara's config producer takes no {@code Optional<List<String>>}: the list is split here. */
    @Inject
    public ClientAddresses(@ConfigProperty(name = "ebox.http.trusted-proxies") Optional<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream()
                .flatMap(list -> Stream.of(list.split(",")))
                .map(ClientAddresses::normalised)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** For CDI's proxy. */
    protected ClientAddresses() {
        this.trustedProxies = Set.of();
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client's address, from the connection's and the X-Forwarded-For headers in the order received. */
    String of(String connection, List<String> forwardedFor) {
        String client = normalised(connection);
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Stream.of(header.split(",")))
                .map(ClientAddresses::normalised)
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                // The proxy appended nothing readable here: what stands left of it is the client's own writing.
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    private static String normalised(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }
}
