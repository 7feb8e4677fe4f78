package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For authors: download a course's current version as a ZIP in the {@code courses/} format, and
 * check a ZIP with the same validator the course folder loader uses (nothing is stored or published).
 */
@Route("authoring/course-archives")
@PageTitle("Course archives · Trigger Point Academy")
@Menu(title = "Course archives", order = 71, icon = "vaadin:archive")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class CourseArchivesView extends VerticalLayout {

    private final CourseArchives archives;
    private final Div result = new Div();

    public CourseArchivesView(CourseArchives archives) {
        this.archives = archives;
        UnorderedList downloads = new UnorderedList();
        archives.courses().forEach((id, title) -> {
            Anchor zip = new Anchor("course-archives/" + id + ".zip", title + " (" + id + ".zip)");
            zip.getElement().setAttribute("download", true);
            zip.getElement().setAttribute("router-ignore", true);
            downloads.add(new ListItem(zip));
        });
        Upload upload = BoundedUpload.of(CourseArchives.MAX_UPLOAD_BYTES, (metadata, bytes) ->
                UI.getCurrent().access(() -> show(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CourseArchives.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Choose a ZIP file…"));
        upload.setDropLabel(new Span("or drop it here (at most 50 MB)"));
        add(new H1("Course archives"),
                new Paragraph("A course version as a ZIP holds its folder exactly as under courses/: unpack it into "
                        + "courses/ or keep it in version control. Importing it gives the same content hash."),
                new H2("Download"), downloads,
                new H2("Check an archive"),
                new Paragraph("Checks a ZIP with the same rules as the course folder and lists every problem by file "
                        + "and line. Nothing is stored or published."), upload, result);
    }

    private void show(String fileName, byte[] bytes) {
        result.removeAll();
        CourseArchives.ArchiveCheck check = archives.check(bytes, fileName);
        result.add(new Paragraph(fileName + ": course folder " + check.folder() + ", " + check.files() + " files, content hash "
                + check.contentHash().substring(0, 12) + "…"
                + (archives.isStoredVersion(check.folder(), check.contentHash()) ? " (identical to a stored version)." : ".")));
        if (check.problems().isEmpty()) {
            Span ok = new Span("✓ No problems: this course would load.");
            ok.addClassName("status-achieved");
            result.add(ok);
            return;
        }
        UnorderedList problems = new UnorderedList();
        check.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        result.add(new Paragraph(Counts.of(check.problems().size(), "problem") + "; the course would not load:"), problems);
    }
}
