package academy.triggerpoint.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Every upload on the platform: one file, read into memory only up to its limit. The browser
 * component's own limit is a courtesy; this one is enforced on the server while the bytes arrive,
 * so a client that lifts the browser's limit gets no further than {@code maxBytes + 1} bytes read.
 */
public final class BoundedUpload implements UploadHandler {

    private static final int CHUNK = 8192;

    private final long maxBytes;
    private final InMemoryUploadCallback received;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback received) {
        this.maxBytes = maxBytes;
        this.received = received;
    }

    /** An upload component for one file of at most {@code maxBytes}, handed to {@code received} in the UI's lock. */
    public static Upload of(long maxBytes, InMemoryUploadCallback received) {
        Upload upload = new Upload(handler(maxBytes, received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        return upload;
    }

    static BoundedUpload handler(long maxBytes, InMemoryUploadCallback received) {
        return new BoundedUpload(maxBytes, received);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            String message = event.getUI().getTranslation("shared.upload.too-large", event.getFileName(), readable(maxBytes));
            event.reject(message);
            event.getUI().access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE));
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
        event.getUI().access(() -> {
            try {
                received.complete(metadata, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // The file plus the multipart envelope (boundaries and headers).
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /**
     * The stream's bytes, or null as soon as there are more than {@code max}: at most
     * {@code max + 1} bytes are ever read, whatever the sender declared.
     */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max + 1, 64 * 1024));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, max + 1 - total);
            int n = in.read(buffer, 0, wanted);
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }

    static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
