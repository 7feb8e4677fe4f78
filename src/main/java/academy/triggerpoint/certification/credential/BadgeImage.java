package academy.triggerpoint.certification.credential;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;

/**
 * The badge image of a credential, drawn with Java2D, and "baking": the credential carried inside the
 * PNG in an {@code iTXt} chunk with the keyword {@code openbadgecredential}, uncompressed, as Open
 * Badges 3.0's baking section describes (for a VC-JWT the text is the compact JWS).
 */
public final class BadgeImage {

    public static final String KEYWORD = "openbadgecredential";
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int SIZE = 400;
    /** Far more than any credential; a chunk claiming more is not read. */
    private static final int MAX_TEXT_BYTES = 1024 * 1024;
    private static final Font REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    private BadgeImage() {
    }

    /** A round badge with the academy, the course and its CE hours. */
    public static byte[] draw(String issuerName, String courseTitle, String hoursLine) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x0B5563));
            g.fill(new Ellipse2D.Double(8, 8, SIZE - 16, SIZE - 16));
            g.setColor(new Color(0xF2C14E));
            g.setStroke(new BasicStroke(10));
            g.draw(new Ellipse2D.Double(24, 24, SIZE - 48, SIZE - 48));
            g.setColor(Color.WHITE);
            centred(g, REGULAR.deriveFont(18f), issuerName, 110);
            int y = 175;
            Font title = BOLD.deriveFont(26f);
            for (String line : wrap(g.getFontMetrics(title), courseTitle, 290, 3)) {
                centred(g, title, line, y);
                y += 34;
            }
            centred(g, REGULAR.deriveFont(20f), hoursLine, Math.max(y + 16, 290));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG with the credential in an {@code iTXt} chunk right after the header chunk. */
    public static byte[] bake(byte[] png, String credential) {
        if (!isPng(png)) {
            throw new IllegalArgumentException("Not a PNG image");
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0); // keyword end
        data.write(0); // not compressed
        data.write(0); // compression method
        data.write(0); // no language tag
        data.write(0); // no translated keyword
        data.writeBytes(credential.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = chunk("iTXt", data.toByteArray());
        int afterHeader = PNG_SIGNATURE.length + 8 + ByteBuffer.wrap(png, PNG_SIGNATURE.length, 4).getInt() + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.length);
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /**
     * The credential baked into a PNG: the text of its {@code iTXt} chunk with the keyword
     * {@code openbadgecredential} (compressed or not); empty when the image has none or is not a PNG.
     */
    public static Optional<String> unbake(byte[] png) {
        if (!isPng(png)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(png, PNG_SIGNATURE.length,
                png.length - PNG_SIGNATURE.length))) {
            while (in.available() >= 12) {
                int length = in.readInt();
                byte[] type = in.readNBytes(4);
                if (length < 0 || length > in.available() - 4) {
                    return Optional.empty();
                }
                String name = new String(type, StandardCharsets.ISO_8859_1);
                if (name.equals("IEND")) {
                    return Optional.empty();
                }
                byte[] data = in.readNBytes(length);
                in.readInt(); // CRC
                if (name.equals("iTXt")) {
                    Optional<String> text = credentialText(data);
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static boolean isPng(byte[] bytes) {
        return bytes != null && bytes.length > PNG_SIGNATURE.length + 12
                && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    }

    private static Optional<String> credentialText(byte[] data) throws IOException {
        int keywordEnd = indexOf(data, 0, (byte) 0);
        if (keywordEnd < 0 || !KEYWORD.equals(new String(data, 0, keywordEnd, StandardCharsets.ISO_8859_1))
                || keywordEnd + 2 >= data.length) {
            return Optional.empty();
        }
        boolean compressed = data[keywordEnd + 1] == 1;
        int languageEnd = indexOf(data, keywordEnd + 3, (byte) 0);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(data, languageEnd + 1, (byte) 0);
        if (translatedEnd < 0) {
            return Optional.empty();
        }
        byte[] text = Arrays.copyOfRange(data, translatedEnd + 1, data.length);
        if (compressed) {
            try (InputStream inflated = new InflaterInputStream(new ByteArrayInputStream(text))) {
                text = inflated.readNBytes(MAX_TEXT_BYTES + 1);
            }
            if (text.length > MAX_TEXT_BYTES) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(text, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] data, int from, byte value) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        chunk.putInt(data.length).put(typeBytes).put(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static void centred(Graphics2D g, Font font, String text, int baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (SIZE - metrics.stringWidth(text)) / 2, baseline);
    }

    /** The text in at most {@code maxLines} lines no wider than {@code width}, the last one cut with an ellipsis. */
    static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
            return cut;
        }
        return lines;
    }

    private static Font font(String resource) {
        try (InputStream in = BadgeImage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot read font " + resource, e);
        }
    }
}
