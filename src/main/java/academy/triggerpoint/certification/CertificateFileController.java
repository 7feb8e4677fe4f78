package academy.triggerpoint.certification;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for the signed-in learner: their certificate PDFs (a manager also their staff's; any other
 * code answers 404) and their CE transcript as CSV or PDF.
 */
@RestController
class CertificateFileController {

    static final String PATH = "/certificate-files/";

    private final CertificateService certificates;

    CertificateFileController(CertificateService certificates) {
        this.certificates = certificates;
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

    @GetMapping(PATH + "{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return certificates.pdf(code)
                .map(bytes -> file(bytes, MediaType.APPLICATION_PDF, "certificate-" + code + ".pdf"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
