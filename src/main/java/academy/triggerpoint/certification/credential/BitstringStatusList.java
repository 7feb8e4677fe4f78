package academy.triggerpoint.certification.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: one bit per credential, index 0 the left-most (most significant) bit
 * of the first byte, GZIP-compressed and written as a multibase base64url string without padding
 * (prefix {@code u}). A list has {@value #SIZE} entries (16 KB), the minimum the specification asks
 * for, so that a set bit does not single out one holder.
 */
public final class BitstringStatusList {

    /** Entries in one list: 131,072 bits, the specification's minimum. */
    public static final int SIZE = 131_072;
    /** A decoded list larger than this is refused (a compressed bomb, not a status list). */
    static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private BitstringStatusList() {
    }

    /** The encoded list of {@value #SIZE} entries with the given positions set. */
    public static String encode(Collection<Integer> setPositions) {
        byte[] bits = new byte[SIZE / 8];
        for (int position : setPositions) {
            if (position < 0 || position >= SIZE) {
                throw new IllegalArgumentException("Status list position " + position + " is outside 0.." + (SIZE - 1));
            }
            bits[position / 8] |= (byte) (0x80 >>> (position % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * The bits of an encoded list.
     *
     * @throws IllegalArgumentException when it is not a multibase base64url GZIP bitstring
     */
    public static byte[] decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("The encoded list is not multibase base64url (it must start with 'u')");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The encoded list is not base64url", e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAX_DECODED_BYTES + 1);
            if (bits.length > MAX_DECODED_BYTES) {
                throw new IllegalArgumentException("The status list is larger than " + MAX_DECODED_BYTES + " bytes");
            }
            return bits;
        } catch (IOException e) {
            throw new IllegalArgumentException("The encoded list is not GZIP-compressed", e);
        }
    }

    /**
     * Whether the bit at {@code position} is set.
     *
     * @throws IllegalArgumentException when the list is shorter than the position
     */
    public static boolean isSet(byte[] bits, long position) {
        if (position < 0 || position / 8 >= bits.length) {
            throw new IllegalArgumentException("Position " + position + " is outside the list of " + bits.length * 8L + " bits");
        }
        return (bits[(int) (position / 8)] & (0x80 >>> (position % 8))) != 0;
    }
}
