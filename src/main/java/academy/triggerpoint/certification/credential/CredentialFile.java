package academy.triggerpoint.certification.credential;

import academy.triggerpoint.certification.CredentialCheck;
import academy.triggerpoint.certification.CredentialCheck.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The credential in a file someone uploads or downloads: a compact JWS as text, the JSON file the
 * learner downloads (a VC Data Model 2.0 {@code EnvelopedVerifiableCredential} whose {@code id} is a
 * {@code data:application/vc+jwt,} URL of the JWS), a JSON string holding the JWS, or a baked PNG.
 */
public final class CredentialFile {

    /** Far larger than any credential or badge we issue (a badge is about 30 KB). */
    public static final int MAX_BYTES = 1024 * 1024;
    static final String ENVELOPE_PREFIX = "data:application/vc+jwt,";
    private static final Pattern COMPACT = Pattern.compile("[^.\\s]+\\.[^.\\s]*\\.[^.\\s]*");

    private CredentialFile() {
    }

    /** What an uploaded file holds: the JWS to check, or why there is nothing to check. */
    public record Contents(String jws, CredentialCheck problem) {
        static Contents of(String jws) {
            return new Contents(jws, null);
        }

        static Contents problem(Reason reason, String argument) {
            return new Contents(null, CredentialCheck.of(reason, argument));
        }
    }

    /** The JSON file a learner downloads: the credential enveloped as VC Data Model 2.0 describes. */
    public static String envelope(String jws) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", List.of(OpenBadgeCredential.VC_CONTEXT));
        json.put("id", ENVELOPE_PREFIX + jws);
        json.put("type", "EnvelopedVerifiableCredential");
        return CredentialJws.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    /** The credential an uploaded file carries, without trusting anything in it yet. */
    public static Contents read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Contents.problem(Reason.NOT_JSON_OR_JWS, null);
        }
        if (bytes.length > MAX_BYTES) {
            return Contents.problem(Reason.FILE_TOO_LARGE, (MAX_BYTES / 1024) + " KB");
        }
        if (BadgeImage.isPng(bytes)) {
            return BadgeImage.unbake(bytes).map(text -> fromText(text, true))
                    .orElseGet(() -> Contents.problem(Reason.NO_BAKED_CREDENTIAL, null));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return Contents.problem(Reason.NOT_JSON_OR_JWS, null);
        }
        return fromText(text, false);
    }

    private static Contents fromText(String text, boolean baked) {
        String trimmed = text.strip();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).strip();
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("\"")) {
            return fromJson(trimmed);
        }
        if (COMPACT.matcher(trimmed).matches()) {
            return Contents.of(trimmed);
        }
        return Contents.problem(baked ? Reason.NO_BAKED_CREDENTIAL : Reason.NOT_JSON_OR_JWS, null);
    }

    private static Contents fromJson(String text) {
        JsonNode json;
        try {
            json = CredentialJws.JSON.readTree(text);
        } catch (JacksonException notJson) {
            return Contents.problem(Reason.NOT_JSON_OR_JWS, null);
        }
        if (json.isString() && COMPACT.matcher(json.asString()).matches()) {
            return Contents.of(json.asString());
        }
        Optional<String> enveloped = Optional.ofNullable(json.path("id").asString(null))
                .filter(id -> id.startsWith(ENVELOPE_PREFIX)).map(id -> id.substring(ENVELOPE_PREFIX.length()));
        if (enveloped.isPresent()) {
            return Contents.of(enveloped.get());
        }
        // A credential in plain JSON carries no signature we can check: it proves nothing.
        if (json.has("credentialSubject") && json.has("issuer")) {
            return Contents.problem(Reason.NOT_SIGNED, null);
        }
        return Contents.problem(Reason.NOT_AN_OPEN_BADGE, null);
    }
}
