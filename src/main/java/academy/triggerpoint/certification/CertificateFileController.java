package academy.triggerpoint.certification;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for the signed-in learner: their certificate PDFs (a manager also their staff's; any other
 * code answers 404), each certificate's Open Badges credential (JSON) and baked badge (PNG), and their
 * CE transcript as CSV or PDF.
 */
@RestController
class CertificateFileController {

    static final String PATH = "/certificate-files/";

    private final CertificateService certificates;
    private final CredentialService credentials;

    CertificateFileController(CertificateService certificates, CredentialService credentials) {
        this.certificates = certificates;
        this.credentials = credentials;
    }

    @GetMapping(PATH + "transcript.csv")
    ResponseEntity<byte[]> transcriptCsv() {
        return file(certificates.transcriptCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                MediaType.valueOf("text/csv;charset=UTF-8"), "ce-transcript.csv");
    }

    @GetMapping(PATH + "transcript.pdf")
    ResponseEntity<byte[]> transcriptPdf() {
        return file(certificates.transcriptPdf(), MediaType.APPLICATION_PDF, "ce-transcript.pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** The Open Badges credential as a JSON file: a VC Data Model 2.0 envelope of the VC-JWT. */
    @GetMapping(PATH + "{code}.credential.json")
    ResponseEntity<byte[]> credential(@PathVariable String code) {
        return credentials.credentialJson(code)
                .map(json -> file(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                        "credential-" + code + ".json"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The badge image with the credential baked in. */
    @GetMapping(PATH + "{code}.badge.png")
    ResponseEntity<byte[]> badge(@PathVariable String code) {
        return credentials.badge(code).map(png -> file(png, MediaType.IMAGE_PNG, "badge-" + code + ".png"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + "{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return certificates.pdf(code)
                .map(bytes -> file(bytes, MediaType.APPLICATION_PDF, "certificate-" + code + ".pdf"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
