package org.ebox.institution.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.ebox.institution.control.OnboardingRefused.Reason;
import org.junit.jupiter.api.Test;

class SenderLogosTest {

    @Test
    void aPngAndAJpegAreTakenWithTheMediaTypeTheirBytesTell() throws Exception {
        assertEquals("image/png", SenderLogos.mediaTypeOf(image("png", 120, 60)));
        assertEquals("image/jpeg", SenderLogos.mediaTypeOf(image("jpeg", 120, 60)));
    }

    @Test
    void anSvgIsRefusedThoughItIsAnImageToABrowser() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.LOGO_NOT_AN_IMAGE, refusal(svg));
    }

    @Test
    void aFileThatOnlyStartsLikeAPngIsRefused() throws Exception {
        byte[] png = image("png", 120, 60);
        assertEquals(Reason.LOGO_NOT_AN_IMAGE, refusal(Arrays.copyOf(png, 40)));
        assertEquals(Reason.LOGO_NOT_AN_IMAGE, refusal(Arrays.copyOf(png, 8)));
    }

    @Test
    void aLogoWiderThanAllowedIsRefusedAndOneAtTheLimitIsTaken() throws Exception {
        assertEquals(Reason.LOGO_TOO_LARGE, refusal(image("png", SenderLogos.MAX_SIDE + 1, 10)));
        assertEquals("image/png", SenderLogos.mediaTypeOf(image("png", SenderLogos.MAX_SIDE, 10)));
    }

    @Test
    void aSmallFileClaimingAHugeImageIsRefusedFromItsHeaderBeforeItIsDecoded() throws Exception {
        byte[] png = image("png", 16, 16);
        // The IHDR chunk starts at byte 8: length (4), "IHDR" (4), width (4), height (4), ..., CRC over type+data.
        writeInt(png, 16, 100_000);
        writeInt(png, 20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        writeInt(png, 29, (int) crc.getValue());
        assertEquals(Reason.LOGO_TOO_LARGE, refusal(png));
    }

    @Test
    void aLogoOfMoreBytesThanAllowedIsRefusedUnread() {
        byte[] heavy = new byte[SenderLogos.MAX_BYTES + 1];
        heavy[0] = (byte) 0x89;
        assertEquals(Reason.LOGO_TOO_HEAVY, refusal(heavy));
    }

    @Test
    void noFileIsRefused() {
        assertEquals(Reason.LOGO_NONE, refusal(new byte[0]));
        assertEquals(Reason.LOGO_NONE, refusal(null));
    }

    private static Reason refusal(byte[] logo) {
        return assertThrows(OnboardingRefused.class, () -> SenderLogos.mediaTypeOf(logo))
                .reason();
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1f5d99));
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
