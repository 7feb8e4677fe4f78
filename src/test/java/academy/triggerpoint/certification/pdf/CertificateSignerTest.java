package academy.triggerpoint.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateSignerTest {

    static CertificateSigner signer;

    @BeforeAll
    static void aSigningKey() throws Exception {
        SelfSignedKey key = SelfSignedKey.create("CN=Test signer", Instant.parse("2026-11-22T00:00:00Z"), Duration.ofDays(1));
        signer = new CertificateSigner(key.key(), List.of(key.certificate()));
    }

    /** Whether the PDF's last signature matches the bytes it covers, checked with Bouncy Castle. */
    static boolean signatureHolds(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSException mismatch) {
            return false;
        }
    }

    @Test
    void a_signed_certificate_verifies_and_is_pades_with_the_signing_certificate_attribute() throws Exception {
        byte[] signed = signer.sign(CertificatePdf.render(CertificatePdfTest.CONTENT), Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(signatureHolds(signed)).isTrue();
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            SignerInformation info = new CMSSignedData(signature.getContents()).getSignerInfos().getSigners().iterator().next();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        }
    }

    @Test
    void flipping_one_signed_byte_breaks_the_signature() throws Exception {
        byte[] signed = signer.sign(CertificatePdf.render(CertificatePdfTest.CONTENT), Instant.parse("2026-11-22T10:00:00Z"));
        byte[] tampered = signed.clone();
        tampered[400] ^= 0x01;

        assertThat(signatureHolds(tampered)).isFalse();
    }

    @Test
    void a_signed_certificate_is_still_pdf_a_2b() throws Exception {
        byte[] signed = signer.sign(CertificatePdf.render(CertificatePdfTest.CONTENT), Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(CertificatePdfTest.pdfAProblems(signed)).isEmpty();
    }
}
