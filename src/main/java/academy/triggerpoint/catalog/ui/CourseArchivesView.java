package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.catalog.CourseArchives;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For authors: download a course's current version as a ZIP in the {@code courses/} format, and
 * check a ZIP with the same validator the course folder loader uses (nothing is stored or published).
 */
@Route("authoring/course-archives")
@Menu(title = "catalog.menu.course-archives", order = 71, icon = "vaadin:archive")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class CourseArchivesView extends VerticalLayout implements HasDynamicTitle {

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
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("catalog.archives.choose")));
        upload.setDropLabel(new Span(getTranslation("catalog.archives.drop")));
        add(new H1(getTranslation("catalog.archives.title")), new Paragraph(getTranslation("catalog.archives.intro")),
                new H2(getTranslation("catalog.archives.download")), downloads,
                new H2(getTranslation("catalog.archives.check")), new Paragraph(getTranslation("catalog.archives.check.intro")),
                upload, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.archives.page-title");
    }

    private void show(String fileName, byte[] bytes) {
        result.removeAll();
        CourseArchives.ArchiveCheck check = archives.check(bytes, fileName);
        result.add(new Paragraph(getTranslation(archives.isStoredVersion(check.folder(), check.contentHash())
                        ? "catalog.archives.checked.stored" : "catalog.archives.checked",
                fileName, check.folder(), check.files(), check.contentHash().substring(0, 12))));
        if (check.problems().isEmpty()) {
            Span ok = new Span(getTranslation("catalog.archives.no-problems"));
            ok.addClassName("status-achieved");
            result.add(ok);
            return;
        }
        UnorderedList problems = new UnorderedList();
        check.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        result.add(new Paragraph(getTranslation("catalog.archives.problems", check.problems().size())), problems);
    }
}
