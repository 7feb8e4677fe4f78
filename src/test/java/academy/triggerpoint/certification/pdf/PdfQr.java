package academy.triggerpoint.certification.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code on a PDF's first page as a phone would read it from paper: render, then decode;
 * like a phone, it looks again more closely (a finer rendering, ZXing's harder search) before it
 * gives up, since the quick search over a whole page misses a valid code now and then.
 */
public final class PdfQr {

    private PdfQr() {
    }

    public static String decode(byte[] pdfBytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            try {
                return decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150), Map.of());
            } catch (NotFoundException missed) {
                return decode(new PDFRenderer(pdf).renderImageWithDPI(0, 300), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            }
        }
    }

    private static String decode(BufferedImage image, Map<DecodeHintType, ?> hints) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, hints).getText();
    }
}
