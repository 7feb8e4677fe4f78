package academy.triggerpoint.certification;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads a certificate PDF, for its owner only; any other code answers 404. */
@RestController
class CertificateFileController {

    static final String PATH = "/certificate-files/";

    private final CertificateService certificates;

    CertificateFileController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping(PATH + "{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return certificates.myPdf(code)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", ContentDisposition.attachment()
                                .filename("certificate-" + code + ".pdf").build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
