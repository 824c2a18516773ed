package org.ebox.web.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand, so that tests can also send what a good client never would. */
public final class Multipart {

    private final String boundary = "ebox-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart text(String name, String value) {
        return part("form-data; name=\"" + name + "\"", "application/json", value.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON part of these very bytes, also when they are no valid UTF-8. */
    public Multipart json(String name, byte[] value) {
        return part("form-data; name=\"" + name + "\"", "application/json", value);
    }

    public Multipart file(String name, String fileName, String mediaType, byte[] content) {
        return part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", mediaType, content);
    }

    private Multipart part(String disposition, String mediaType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n");
        if (mediaType != null) {
            write("Content-Type: " + mediaType + "\r\n");
        }
        write("\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream();
        complete.writeBytes(body.toByteArray());
        complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return complete.toByteArray();
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
