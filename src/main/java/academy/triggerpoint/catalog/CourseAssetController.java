package academy.triggerpoint.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the images of a stored course version. A version never changes, so responses may be
 * cached for good; SVG is served with a policy that forbids scripts even if one slipped through.
 */
@RestController
class CourseAssetController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.valueOf("image/svg+xml"),
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "webp", MediaType.valueOf("image/webp"));

    private final CourseLibrary library;

    CourseAssetController(CourseLibrary library) {
        this.library = library;
    }

    @GetMapping(CourseLibrary.ASSET_PATH + "{versionId}/**")
    ResponseEntity<byte[]> asset(@PathVariable long versionId, HttpServletRequest request) {
        String prefix = request.getContextPath() + CourseLibrary.ASSET_PATH + versionId + "/";
        String path = request.getRequestURI().substring(prefix.length());
        MediaType type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        return library.asset(versionId, path)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(type)
                        .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePrivate().immutable())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
