package academy.triggerpoint.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.certification.CredentialCheck;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BadgeImageTest {

    static final String JWS = "eyJhbGciOiJFUzI1NiJ9.eyJpZCI6InVybjp1dWlkOjEifQ.c2lnbmF0dXJl";

    @Test
    void a_baked_badge_is_still_a_png_and_gives_back_exactly_the_credential() throws Exception {
        byte[] badge = BadgeImage.bake(BadgeImage.draw("Trigger Point Academy", "Dry Needling Foundations with a title "
                + "long enough to wrap over several lines of the round badge", "6.5 CE hours"), JWS);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(badge));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(BadgeImage.unbake(badge)).contains(JWS);
        String chunk = new String(badge, StandardCharsets.ISO_8859_1);
        assertThat(chunk.indexOf("iTXt" + "openbadgecredential\0\0\0\0\0" + JWS))
                .as("an uncompressed iTXt chunk with the keyword, as OB 3.0 baking asks").isPositive();
        assertThat(chunk.indexOf("iTXt")).as("right after the header").isLessThan(chunk.indexOf("IDAT"));
    }

    @Test
    void a_credential_baked_by_another_tool_in_a_compressed_chunk_is_read_too() throws Exception {
        byte[] plain = BadgeImage.draw("Academy", "Course", "1 CE hour");
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
            out.write(JWS.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("openbadgecredential".getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 1, 0, 'e', 'n', 0, 0});
        data.writeBytes(compressed.toByteArray());
        byte[] baked = insertAfterHeader(plain, chunk("iTXt", data.toByteArray()));

        assertThat(BadgeImage.unbake(baked)).contains(JWS);
    }

    @Test
    void a_png_without_a_credential_an_other_itxt_chunk_and_a_truncated_png_give_nothing() {
        byte[] plain = BadgeImage.draw("Academy", "Course", "1 CE hour");
        byte[] otherText = insertAfterHeader(plain, chunk("iTXt", "Comment\0\0\0\0\0hello".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(BadgeImage.unbake(plain)).isEmpty();
        assertThat(BadgeImage.unbake(otherText)).isEmpty();
        assertThat(BadgeImage.unbake(java.util.Arrays.copyOf(plain, 40))).isEmpty();
        assertThat(BadgeImage.unbake("not a png at all".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void an_uploaded_file_is_read_as_a_baked_png_a_json_envelope_a_bare_jws_or_refused_with_the_reason() {
        byte[] baked = BadgeImage.bake(BadgeImage.draw("Academy", "Course", "1 CE hour"), JWS);
        assertThat(CredentialFile.read(baked).jws()).isEqualTo(JWS);
        assertThat(CredentialFile.read(CredentialFile.envelope(JWS).getBytes(StandardCharsets.UTF_8)).jws()).isEqualTo(JWS);
        assertThat(CredentialFile.read(("\n" + JWS + "\n").getBytes(StandardCharsets.UTF_8)).jws()).isEqualTo(JWS);
        assertThat(CredentialFile.read(("\"" + JWS + "\"").getBytes(StandardCharsets.UTF_8)).jws()).isEqualTo(JWS);

        assertThat(reason(BadgeImage.draw("Academy", "Course", "1 CE hour"))).isEqualTo(CredentialCheck.Reason.NO_BAKED_CREDENTIAL);
        assertThat(reason("{\"name\": \"a shopping list\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(CredentialCheck.Reason.NOT_AN_OPEN_BADGE);
        assertThat(reason("{\"issuer\": \"x\", \"credentialSubject\": {}}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(CredentialCheck.Reason.NOT_SIGNED);
        assertThat(reason("{ not json".getBytes(StandardCharsets.UTF_8))).isEqualTo(CredentialCheck.Reason.NOT_JSON_OR_JWS);
        assertThat(reason("Dear reader".getBytes(StandardCharsets.UTF_8))).isEqualTo(CredentialCheck.Reason.NOT_JSON_OR_JWS);
        assertThat(reason(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1})).isEqualTo(CredentialCheck.Reason.NOT_JSON_OR_JWS);
        assertThat(reason(new byte[0])).isEqualTo(CredentialCheck.Reason.NOT_JSON_OR_JWS);
        assertThat(reason(new byte[CredentialFile.MAX_BYTES + 1])).isEqualTo(CredentialCheck.Reason.FILE_TOO_LARGE);
    }

    private static CredentialCheck.Reason reason(byte[] bytes) {
        CredentialFile.Contents contents = CredentialFile.read(bytes);
        assertThat(contents.jws()).isNull();
        return contents.problem().reason();
    }

    private static byte[] insertAfterHeader(byte[] png, byte[] chunk) {
        int afterHeader = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }
}
