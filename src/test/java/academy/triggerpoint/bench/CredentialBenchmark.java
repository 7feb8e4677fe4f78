package academy.triggerpoint.bench;

import academy.triggerpoint.certification.CredentialCheck;
import academy.triggerpoint.certification.credential.BadgeImage;
import academy.triggerpoint.certification.credential.BitstringStatusList;
import academy.triggerpoint.certification.credential.CredentialFacts;
import academy.triggerpoint.certification.credential.CredentialFile;
import academy.triggerpoint.certification.credential.CredentialJws;
import academy.triggerpoint.certification.credential.CredentialVerifier;
import academy.triggerpoint.certification.credential.OpenBadgeCredential;
import academy.triggerpoint.certification.credential.StatusListCredential;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Open Badges credentials (issue 21). {@code issueCredential} is what issuing adds to a certificate
 * in CPU: the credential's JSON and its ES256 signature (the two row writes are not in it). Target:
 * under 5 ms at p95. {@code verifyUploaded*} is the check of an upload as the verification page runs
 * it: read the file (unbake the PNG), check the signature, build, sign and read the status list
 * (131,072 bits, 1,000 of them set) as the server serves it. Target: under 20 ms at p95.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CredentialBenchmark {

    static final String DID = "did:web:academy.example.org";
    static final String KID = DID + "#key-1";
    static final String LIST = "https://academy.example.org/credentials/status/1";

    private KeyPair key;
    private CredentialFacts facts;
    private List<Integer> revoked;
    private byte[] json;
    private byte[] badge;
    private CredentialVerifier verifier;

    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        key = generator.generateKeyPair();
        Instant issued = Instant.parse("2026-11-22T10:15:30Z");
        List<CredentialFacts.Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            alignments.add(new CredentialFacts.Alignment("competency-" + i, "Competency number " + i,
                    "urn:uuid:7d1f3f7e-0b7c-3c55-8f43-3f5b7c0e9a0" + i, i % 3 == 0));
        }
        facts = new CredentialFacts("urn:uuid:6a1c8d2e-1b8e-4c7e-9a1f-1e9c3f0a7d11",
                new CredentialFacts.Issuer(DID, "Trigger Point Academy", "https://academy.example.org"), issued, issued,
                issued, Instant.parse("2028-11-22T09:00:00Z"), OpenBadgeCredential.identityHash("zoe@example.org", "a1b2c3"),
                "a1b2c3", "Zoë Łukasz Ngũgĩ",
                new CredentialFacts.Achievement("urn:uuid:0f3e8a52-4a7a-3d3f-9a8e-4e2b1f0c9d21",
                        "Dry Needling Foundations (version 1.1.1)", "An evidence-informed introduction to dry needling. ".repeat(6),
                        "Awarded with a weighted score of at least 80% across five graded components. ".repeat(4),
                        new BigDecimal("6.5"), new BigDecimal("6.5"), BigDecimal.ZERO, "online-self-paced",
                        "Physiotherapy: dry needling", "en", "dry-needling-foundations 1.1.1", alignments),
                new CredentialFacts.Evidence("https://academy.example.org/verify/7KQ2-M9XD", "Certificate 7KQ2-M9XD",
                        "Completed the course; answers are not disclosed."),
                new CredentialFacts.StatusEntry(LIST, 4242));
        revoked = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            revoked.add(i * 131 + 7);
        }
        String jws = issueCredential();
        json = CredentialFile.envelope(jws).getBytes(StandardCharsets.UTF_8);
        badge = BadgeImage.bake(BadgeImage.draw("Trigger Point Academy", "Dry Needling Foundations", "6.5 CE hours"), jws);
        verifier = new CredentialVerifier(kid -> kid.equals(KID) ? Optional.of((ECPublicKey) key.getPublic()) : Optional.empty(),
                url -> CredentialJws.sign(StatusListCredential.claims(url, DID, BitstringStatusList.encode(revoked),
                        Instant.parse("2026-12-01T00:00:00Z"), 300_000), (ECPrivateKey) key.getPrivate(), KID));
    }

    @Benchmark
    public String issueCredential() {
        return CredentialJws.sign(OpenBadgeCredential.claims(facts), (ECPrivateKey) key.getPrivate(), KID);
    }

    @Benchmark
    public CredentialCheck verifyUploadedJson() {
        return verifier.check(CredentialFile.read(json).jws(), Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Benchmark
    public CredentialCheck verifyUploadedBadge() {
        return verifier.check(CredentialFile.read(badge).jws(), Instant.parse("2027-01-01T00:00:00Z"));
    }
}
