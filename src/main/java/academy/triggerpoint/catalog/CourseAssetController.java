package academy.triggerpoint.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the images of a stored course version. A version never changes, so responses may be cached for good. */
@RestController
class CourseAssetController {

    private final CourseLibrary library;

    CourseAssetController(CourseLibrary library) {
        this.library = library;
    }

    @GetMapping(CourseLibrary.ASSET_PATH + "{versionId}/**")
    ResponseEntity<byte[]> asset(@PathVariable long versionId, HttpServletRequest request) {
        String prefix = request.getContextPath() + CourseLibrary.ASSET_PATH + versionId + "/";
        String path = request.getRequestURI().substring(prefix.length());
        Optional<byte[]> content = AssetResponses.servable(path) ? library.asset(versionId, path) : Optional.empty();
        return AssetResponses.image(path, content, CacheControl.maxAge(365, TimeUnit.DAYS).cachePrivate().immutable());
    }
}
