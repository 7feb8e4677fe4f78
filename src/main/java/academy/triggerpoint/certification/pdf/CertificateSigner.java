package academy.triggerpoint.certification.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/**
 * Signs a PDF with a PAdES baseline-B signature (CAdES detached, SHA-256, with the ESS
 * signing-certificate-v2 attribute and the signing time in the signature dictionary), saved as an
 * incremental update so the signed PDF/A stays PDF/A (and a tagged PDF/UA one PDF/UA: the invisible
 * signature field is described and tagged). Any change to the signed bytes breaks it.
 */
public final class CertificateSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String signatureAlgorithm;

    public CertificateSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signatureAlgorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /** Signs a certificate printed in English: see {@link #sign(byte[], Instant, Wording)}. */
    public byte[] sign(byte[] pdf, Instant at) {
        return sign(pdf, at, Wording.english());
    }

    /**
     * Signs a certificate; the signature's reason, which a viewer's signature panel shows, and the
     * description a screen reader reads for the signature field are in the certificate's language.
     */
    public byte[] sign(byte[] pdf, Instant at, Wording wording) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
             SignatureOptions options = new SignatureOptions()) {
            String author = document.getDocumentInformation().getAuthor();
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(author);
            signature.setReason(wording.text("certification.pdf.signature.reason", author));
            Calendar date = GregorianCalendar.from(at.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
            signature.setSignDate(date);
            options.setPreferredSignatureSize(12_000);
            document.addSignature(signature, this::cms, options);
            describeForScreenReaders(document, signature, wording.text("certification.pdf.signature.description", author));
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signature field's name for assistive technology, and its widget (invisible, on the first
     * page) tagged as a Form element, so that a tagged certificate stays PDF/UA when signed.
     */
    private static void describeForScreenReaders(PDDocument document, PDSignature signature, String description)
            throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getCOSObject().getCOSDictionary(COSName.V) == signature.getCOSObject()) {
                field.setAlternateFieldName(description);
                PDAnnotationWidget widget = field.getWidgets().getFirst();
                Tagging.tagWidget(document, widget, widget.getPage() != null ? widget.getPage() : document.getPage(0),
                        description);
            }
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate signer = chain.getFirst();
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                        @Override
                        protected java.util.Hashtable createStandardAttributeTable(java.util.Map parameters) {
                            java.util.Hashtable table = super.createStandardAttributeTable(parameters);
                            // PAdES keeps the signing time in the signature dictionary, not in the CMS.
                            table.remove(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
                            return table;
                        }
                    })
                    .build(contentSigner, new JcaX509CertificateHolder(signer)));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot sign the certificate", e);
        }
    }
}
