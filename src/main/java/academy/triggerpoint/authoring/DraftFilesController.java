package academy.triggerpoint.authoring;

import academy.triggerpoint.catalog.AssetResponses;
import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.catalog.content.CourseFiles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draft's images for the editor's preview (never cached: drafts change), and the draft as a ZIP in
 * the courses/ format. Both go through {@link Drafts}, which only authors and administrators may call.
 */
@RestController
class DraftFilesController {

    private final Drafts drafts;

    DraftFilesController(Drafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping(Drafts.ASSET_PATH + "{draftId}/**")
    ResponseEntity<byte[]> asset(@PathVariable long draftId, HttpServletRequest request) {
        String prefix = request.getContextPath() + Drafts.ASSET_PATH + draftId + "/";
        String path = request.getRequestURI().substring(prefix.length());
        Optional<byte[]> content = AssetResponses.servable(path) ? drafts.asset(draftId, path) : Optional.empty();
        return AssetResponses.image(path, content, CacheControl.noStore());
    }

    /** A module's item bank or quiz as a QTI 3.0 content package; under /draft-archives/ for its access rule. */
    @GetMapping("/draft-archives/{draftId}/qti/{moduleId}-{kind:bank|quiz}.zip")
    ResponseEntity<byte[]> qti(@PathVariable long draftId, @PathVariable String moduleId, @PathVariable String kind) {
        Drafts.QtiPackage qti = drafts.exportQti(draftId, moduleId, kind.equals("quiz"));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(qti.fileName()).build().toString())
                .body(qti.bytes());
    }

    @GetMapping("/draft-archives/{draftId}.zip")
    ResponseEntity<byte[]> archive(@PathVariable long draftId) {
        CourseFiles course = drafts.courseFiles(draftId);
        byte[] zip = CourseArchive.write(course);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(course.folderName() + "-draft-" + draftId + ".zip").build().toString())
                .body(zip);
    }
}
