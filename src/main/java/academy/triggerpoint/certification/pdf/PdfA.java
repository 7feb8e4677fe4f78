package academy.triggerpoint.certification.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b and declares it PDF/UA-1: the same title, author, subject, tool and date
 * in the document information and in XMP metadata that declares both conformances, and an sRGB
 * output intent for the colours. Fonts are embedded and the structure is tagged by the callers
 * ({@link Typesetter}, {@link Tagging}).
 */
final class PdfA {

    private static final String PRODUCER = "Trigger Point Academy (Apache PDFBox)";
    private static final String TOOL = "Trigger Point Academy";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final String TITLE = "@@title@@";
    private static final String AUTHOR = "@@author@@";
    private static final String SUBJECT = "@@subject@@";
    private static final Calendar SENTINEL = GregorianCalendar.from(Instant.parse("1999-09-09T09:09:09Z")
            .atZone(TimeZone.getTimeZone("UTC").toZoneId()));
    private static final String SENTINEL_DATE = DateConverter.toISO8601(SENTINEL);
    /**
     * The XMP packet, built and serialised once with xmpbox (serialising goes through a fresh XML
     * transformer, which would cost about 20 ms per certificate), with placeholders filled per document.
     */
    private static final String XMP_TEMPLATE = template();
    /**
     * The PDF/UA identification ({@code pdfuaid:part 1}), and its description as a PDF/A extension
     * schema: PDF/A-2 allows in XMP only the predefined schemas and those it is told about this way.
     * xmpbox has no type for either, and its generic structured types write this less plainly.
     */
    private static final String PDF_UA = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Part of ISO 14289 to which the file conforms</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            """;

    private PdfA() {
    }

    private static String template() {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(TITLE);
            dc.addCreator(AUTHOR);
            dc.addDescription(null, SUBJECT);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(TOOL);
            basic.setCreateDate(SENTINEL);
            basic.setModifyDate(SENTINEL);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            String template = serialized.toString(StandardCharsets.UTF_8);
            if (!template.contains(SENTINEL_DATE) || !template.contains("</rdf:RDF>")) {
                throw new IllegalStateException("XMP is not written as expected: " + template);
            }
            return template.replace("</rdf:RDF>", PDF_UA + "</rdf:RDF>");
        } catch (javax.xml.transform.TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("Cannot build the XMP metadata template", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void apply(PDDocument document, String title, String author, String subject, Instant created) throws IOException {
        Calendar date = GregorianCalendar.from(created.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(TOOL);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);

        String xmp = XMP_TEMPLATE.replace(TITLE, escape(title)).replace(AUTHOR, escape(author))
                .replace(SUBJECT, escape(subject)).replace(SENTINEL_DATE, DateConverter.toISO8601(date));
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
