package org.ebox.institution.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ebox.institution.control.OnboardingRefused.Reason;

/**
 * The one check of a logo an operator gives an institution: a PNG or JPEG image, told by its first bytes and read
 * whole by that format's reader only, of bounded size in bytes and in pixels. The pixels are counted from the
 * header before anything is decoded, so a small file that claims a huge image is refused without being unpacked.
 * Nothing else is accepted: an SVG, say, may carry scripts that would run in the readers' browsers.
 */
public final class SenderLogos {

    /** Bytes a logo may have: a logo is shown small beside each message. */
    public static final int MAX_BYTES = 256 * 1024;

    /** Pixels a logo may have on either side. */
    public static final int MAX_SIDE = 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private SenderLogos() {}

    /** The logo's media type, image/png or image/jpeg; refused unless it is a whole image of bounded size. */
    public static String mediaTypeOf(byte[] logo) throws OnboardingRefused {
        if (logo == null || logo.length == 0) {
            throw new OnboardingRefused(Reason.LOGO_NONE, "");
        }
        if (logo.length > MAX_BYTES) {
            throw new OnboardingRefused(Reason.LOGO_TOO_HEAVY, String.valueOf(logo.length));
        }
        String format = startsWith(logo, PNG) ? "png" : startsWith(logo, JPEG) ? "jpeg" : null;
        if (format == null) {
            throw new OnboardingRefused(Reason.LOGO_NOT_AN_IMAGE, "");
        }
        readWhole(logo, format);
        return "image/" + format;
    }

    private static void readWhole(byte[] logo, String format) throws OnboardingRefused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This Java has no " + format + " reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(logo))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new OnboardingRefused(Reason.LOGO_TOO_LARGE, width + " × " + height);
            }
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() < 1) {
                throw new OnboardingRefused(Reason.LOGO_NOT_AN_IMAGE, "");
            }
        } catch (IOException | RuntimeException broken) {
            // A cut or forged file: the reader says so in many ways, none of them an image.
            throw new OnboardingRefused(Reason.LOGO_NOT_AN_IMAGE, "");
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
