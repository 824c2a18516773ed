package org.ebox.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Draws the demo institutions' logos as small PNG images: shapes only, so that no font is needed. */
final class DemoLogos {

    private DemoLogos() {}

    static byte[] logo(Color colour, int shape) throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.fillRoundRect(4, 4, 88, 88, 24, 24);
            g.setColor(Color.WHITE);
            switch (shape % 3) {
                case 0 -> g.fillOval(28, 28, 40, 40);
                case 1 -> g.fillRect(26, 26, 44, 44);
                default -> g.fillPolygon(new int[] {48, 72, 24}, new int[] {22, 72, 72}, 3);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
