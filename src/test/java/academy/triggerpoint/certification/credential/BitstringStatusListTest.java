package academy.triggerpoint.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    @Test
    void an_empty_list_is_131072_zero_bits_gzipped_as_multibase_base64url_without_padding() throws Exception {
        String encoded = BitstringStatusList.encode(List.of());

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertThat(bits).hasSize(131_072 / 8);
        assertThat(bits).containsOnly(0);
    }

    @Test
    void index_zero_is_the_left_most_bit_of_the_first_byte_as_the_specification_says() {
        byte[] bits = BitstringStatusList.decode(BitstringStatusList.encode(List.of(0, 9, 131_071)));

        assertThat(bits[0]).isEqualTo((byte) 0x80);
        assertThat(bits[1]).isEqualTo((byte) 0x40);
        assertThat(bits[bits.length - 1]).isEqualTo((byte) 0x01);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 4242, 65_535, 131_071})
    void a_set_position_reads_back_set_and_its_neighbours_stay_clear(int position) {
        byte[] bits = BitstringStatusList.decode(BitstringStatusList.encode(List.of(position)));

        assertThat(BitstringStatusList.isSet(bits, position)).isTrue();
        if (position > 0) {
            assertThat(BitstringStatusList.isSet(bits, position - 1)).isFalse();
        }
        if (position < 131_071) {
            assertThat(BitstringStatusList.isSet(bits, position + 1)).isFalse();
        }
    }

    @Test
    void a_position_outside_the_list_is_refused_when_written_and_when_read() {
        assertThatThrownBy(() -> BitstringStatusList.encode(List.of(131_072))).isInstanceOf(IllegalArgumentException.class);
        byte[] bits = BitstringStatusList.decode(BitstringStatusList.encode(List.of()));
        assertThatThrownBy(() -> BitstringStatusList.isSet(bits, 131_072)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zAAAA", "u!!!!", "uAAAAAAAA"})
    void an_encoded_list_that_is_not_multibase_base64url_gzip_is_refused(String encoded) {
        assertThatThrownBy(() -> BitstringStatusList.decode(encoded)).isInstanceOf(IllegalArgumentException.class);
    }
}
