package academy.triggerpoint.certification;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public addresses a third party verifies our Open Badges credentials with, without signing in:
 * the issuer's keys (JWKS and did:web document), the signed status lists, and each credential by its
 * certificate's code (the "Add to wallet" link). Any origin may read them.
 */
@RestController
class CredentialController {

    static final MediaType VC_JWT = MediaType.valueOf("application/vc+jwt");

    private final CredentialService credentials;

    CredentialController(CredentialService credentials) {
        this.credentials = credentials;
    }

    @GetMapping("/credentials/jwks")
    ResponseEntity<String> jwks() {
        return open(MediaType.valueOf("application/jwk-set+json")).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(credentials.jwks());
    }

    @GetMapping("/.well-known/did.json")
    ResponseEntity<String> did() {
        return open(MediaType.APPLICATION_JSON).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(credentials.didDocument());
    }

    @GetMapping("/credentials/status/{list}")
    ResponseEntity<String> statusList(@PathVariable String list) {
        long number;
        try {
            number = Long.parseLong(list);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        return credentials.statusList(number)
                .map(jws -> open(VC_JWT).cacheControl(CacheControl.maxAge(
                        java.time.Duration.ofMillis(CredentialService.STATUS_LIST_TTL_MILLIS))).body(jws))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/credentials/{code}")
    ResponseEntity<String> credential(@PathVariable String code) {
        return credentials.publicCredential(code).map(jws -> open(VC_JWT).cacheControl(CacheControl.noCache()).body(jws))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity.BodyBuilder open(MediaType type) {
        return ResponseEntity.ok().contentType(type).header("Access-Control-Allow-Origin", "*")
                .header("X-Content-Type-Options", "nosniff");
    }
}
