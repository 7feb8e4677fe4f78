package academy.triggerpoint.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedUploadTest {

    /** An endless stream of 'x' that counts what is taken from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    @Test
    void an_oversized_upload_is_refused_after_reading_no_more_than_the_limit_and_one_byte() throws IOException {
        Endless twentyMegabytesAndMore = new Endless();

        assertThat(BoundedUpload.readAtMost(twentyMegabytesAndMore, 5 * 1024 * 1024)).isNull();
        assertThat(twentyMegabytesAndMore.read).isEqualTo(5 * 1024 * 1024 + 1);
    }

    @Test
    void a_file_at_the_limit_is_read_whole() throws IOException {
        byte[] exactly = new byte[100_000];
        assertThat(BoundedUpload.readAtMost(new java.io.ByteArrayInputStream(exactly), exactly.length)).hasSize(exactly.length);
        assertThat(BoundedUpload.readAtMost(new java.io.ByteArrayInputStream(exactly), exactly.length - 1)).isNull();
    }

    @Test
    void the_handler_tells_vaadin_its_limits_so_they_hold_while_the_request_is_parsed() {
        BoundedUpload handler = BoundedUpload.handler(1024, (metadata, bytes) -> { });

        assertThat(handler.getFileSizeMax()).isEqualTo(1024);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
        assertThat(handler.getRequestSizeMax()).isBetween(1024L, 1024L + 64 * 1024);
    }
}
