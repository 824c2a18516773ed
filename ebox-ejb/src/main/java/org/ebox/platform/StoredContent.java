package org.ebox.platform;

import java.util.HexFormat;

/**
 * A file as the content store keeps it: its SHA-256 digest (which is also its key in the store) and its size in bytes.
 */
public record StoredContent(String sha256Hex, long sizeInBytes) {

    public StoredContent {
        if (sha256Hex == null || sha256Hex.length() != 64 || !sha256Hex.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("A SHA-256 digest is 64 lower-case hex digits");
        }
        if (sizeInBytes < 0) {
            throw new IllegalArgumentException("A size is never negative");
        }
    }

    /** The digest in plain base64, as the HTTP Digest and Repr-Digest headers write it. */
    public String digestBase64() {
        return java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }

    /** The digest as the contract writes it: base64url without padding (RFC 4648 section 5). */
    public String digestBase64Url() {
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(HexFormat.of().parseHex(sha256Hex));
    }
}
