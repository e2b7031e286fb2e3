package org.peerpulse.io.export;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes an image as a PNG file, whole or not at all. */
public final class PngWriter {
    private PngWriter() {
    }

    public static void write(RenderedImage image, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
