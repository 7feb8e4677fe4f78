package academy.triggerpoint.bench;

import academy.triggerpoint.certification.pdf.CertificateContent;
import academy.triggerpoint.certification.pdf.CertificatePdf;
import academy.triggerpoint.certification.pdf.CertificateSigner;
import academy.triggerpoint.certification.pdf.SelfSignedKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one certificate PDF (embedded font subsets, vector QR code, PDF/A metadata). Targets:
 * warm median under 8 ms unsigned and under 15 ms signed (PAdES, EC P-256); the first certificate in
 * a fresh JVM (class loading, font parsing) under 2 s. {@code renderWarmCjkName} is a name that also
 * embeds a fallback font.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CertificateBenchmark {

    static final CertificateContent CONTENT = new CertificateContent("Zoë Łukasz Ngũgĩ", "PT-12345", "Wellington, New Zealand",
            "Dry Needling Foundations", "1.0.0", "e1039594d91d7f3a0000000000000000", LocalDate.of(2026, 11, 22), "6.5",
            "online, self-paced", List.of("Explain the clinical features of myofascial trigger points and the main "
            + "hypotheses about how they develop.", "Describe the proposed mechanisms of dry needling.",
            "Screen for contraindications and precautions before needling."), "Trigger Point Academy", List.of(),
            "Trigger Point Academy Faculty", "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J", LocalDate.of(2026, 11, 22),
            LocalDate.of(2028, 11, 22), "https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public byte[] renderWarm() {
        return CertificatePdf.render(CONTENT);
    }

    /** The same certificate for a name that needs a fallback font (Droid Sans Fallback for the Chinese character). */
    static final CertificateContent CJK_NAME = new CertificateContent("Zoë Łukasiewicz-Nguyễn 李", CONTENT.licenceNumber(),
            CONTENT.jurisdiction(), CONTENT.courseTitle(), CONTENT.courseVersion(), CONTENT.contentHash(),
            CONTENT.completedOn(), CONTENT.ceHours(), CONTENT.deliveryMode(), CONTENT.objectives(), CONTENT.providerName(),
            CONTENT.approvals(), CONTENT.presenters(), CONTENT.code(), CONTENT.issuedOn(), CONTENT.expiresOn(),
            CONTENT.verifyUrl());

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public byte[] renderWarmCjkName() {
        return CertificatePdf.render(CJK_NAME);
    }

    private CertificateSigner signer;

    @Setup
    public void signingKey() {
        SelfSignedKey key = SelfSignedKey.create("CN=Benchmark signer", Instant.now(), Duration.ofDays(1));
        signer = new CertificateSigner(key.key(), List.of(key.certificate()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public byte[] renderAndSignWarm() {
        return signer.sign(CertificatePdf.render(CONTENT), Instant.EPOCH);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public byte[] renderFirstInFreshJvm() {
        return CertificatePdf.render(CONTENT);
    }
}
