package academy.triggerpoint.certification.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR code on a PDF's first page as a phone would read it from paper: render, then decode. */
public final class PdfQr {

    private PdfQr() {
    }

    public static String decode(byte[] pdfBytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        }
    }
}
