package academy.triggerpoint.catalog;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Authors download a course's current version as a ZIP in the {@code courses/} format. */
@RestController
class CourseArchiveController {

    private final CourseArchives archives;

    CourseArchiveController(CourseArchives archives) {
        this.archives = archives;
    }

    @GetMapping("/course-archives/{courseId}.zip")
    ResponseEntity<byte[]> export(@PathVariable String courseId) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/zip"))
                .header("Content-Disposition", ContentDisposition.attachment().filename(courseId + ".zip").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(archives.exportCurrent(courseId));
    }
}
