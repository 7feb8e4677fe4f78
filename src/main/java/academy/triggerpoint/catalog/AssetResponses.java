package academy.triggerpoint.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How course images are served, from stored versions and from drafts alike: only image types, and
 * SVG with a policy that forbids scripts even if one slipped past the checks.
 */
public final class AssetResponses {

    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.valueOf("image/svg+xml"),
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "webp", MediaType.valueOf("image/webp"));

    private AssetResponses() {
    }

    /** Whether a path names an image type that may be served. */
    public static boolean servable(String path) {
        return TYPES.containsKey(extension(path));
    }

    public static ResponseEntity<byte[]> image(String path, Optional<byte[]> content, CacheControl cache) {
        MediaType type = TYPES.get(extension(path));
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        return content.map(bytes -> ResponseEntity.ok()
                        .contentType(type)
                        .cacheControl(cache)
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
