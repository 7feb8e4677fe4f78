package academy.triggerpoint.certification;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.lti.LtiToolServer;
import academy.triggerpoint.lti.LtiToolTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a verifier or a platform fetches without signing in, over HTTP through the real filter
 * chains: the credential keys (JWKS and did:web), the status list, and the LTI tool's keys.
 */
@LtiToolTest
class PublicKeysEndpointsIT implements LtiToolServer {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(LtiToolServer.toolBaseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_credential_keys_the_did_document_and_the_status_list_are_public() throws Exception {
        HttpResponse<String> jwks = get("credentials/jwks");
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kty\":\"EC\"").doesNotContain("\"d\":");

        HttpResponse<String> did = get(".well-known/did.json");
        assertThat(did.statusCode()).isEqualTo(200);
        assertThat(did.body()).contains("\"id\":\"did:web:localhost%3A" + LtiToolServer.PORT + "\"").contains("assertionMethod");

        HttpResponse<String> status = get("credentials/status/1");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/vc+jwt"));
        assertThat(status.body().split("\\.")).hasSize(3);
    }

    @Test
    void the_lti_tools_key_set_is_public_and_holds_no_private_parts() throws Exception {
        HttpResponse<String> jwks = get("lti/jwks");
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":").doesNotContain("\"p\":");
    }

    @Test
    void a_signed_in_page_is_not_public() throws Exception {
        assertThat(get("certificates").statusCode()).as("redirected to sign in").isEqualTo(302);
    }
}
