package org.taizhang.systest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

/** Files a person would pick in the console's file inputs: a plan document and a scan-like PNG, on disk. */
final class SampleFiles {

    private SampleFiles() {}

    /** A classpath document with {@code {run}} replaced by this run's id, written to a temporary file. */
    static Path document(String resource, String run) throws IOException {
        String text;
        try (InputStream in = SampleFiles.class.getResourceAsStream("/" + resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{run}", run);
        }
        Path file = Files.createTempDirectory("console-walk").resolve(resource);
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A small real PNG (a grey page with a stamp-like red square), as a screenshot of evidence would be. */
    static Path png(String name) throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(0xF4F4F4));
        pen.fillRect(0, 0, 160, 120);
        pen.setColor(new Color(0xC8102E));
        pen.fillRect(100, 70, 40, 30);
        pen.dispose();
        Path file = Files.createTempDirectory("console-walk").resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The text of an OOXML file's part (xl/sharedStrings.xml, word/document.xml), tags dropped. */
    static String ooxmlText(byte[] file, String part) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(part)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no " + part + " in the file");
    }
}
