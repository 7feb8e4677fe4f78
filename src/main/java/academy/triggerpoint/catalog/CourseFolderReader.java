package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseFolders;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How the library finds and reads the course folders: the same reader and validator as the
 * command-line check. A bean of its own so that a test can make one course fail in a way no check
 * foresaw and prove the others still load.
 */
@Component
class CourseFolderReader {

    List<Path> courseFolders(Path root) {
        return CourseFolders.courseFolders(root);
    }

    CourseFolders.Checked check(Path courseFolder) {
        return CourseFolders.checkOne(courseFolder);
    }
}
