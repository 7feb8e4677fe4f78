package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.catalog.CourseArchives;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Course drafts: continue one, start one from a course or from nothing, or import a ZIP as a draft. */
@Route("authoring/drafts")
@PageTitle("Course drafts · Trigger Point Academy")
@Menu(title = "Course drafts", order = 70, icon = "vaadin:edit")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class DraftsView extends VerticalLayout {

    private final Drafts drafts;

    public DraftsView(Drafts drafts, CourseArchives archives) {
        this.drafts = drafts;
        Grid<DraftRecords.Draft> grid = new Grid<>();
        grid.addComponentColumn(d -> new RouterLink("#" + d.id() + " " + d.courseId(), DraftView.class,
                DraftView.parameters(d.id()))).setHeader("Draft").setAutoWidth(true);
        grid.addComponentColumn(d -> DraftView.stateBadge(d.state())).setHeader("State").setAutoWidth(true);
        grid.addColumn(DraftRecords.Draft::createdByName).setHeader("Started by").setAutoWidth(true);
        grid.addColumn(d -> Dates.format(d.createdAt())).setHeader("Started").setAutoWidth(true);
        grid.addColumn(d -> d.closedAt() == null ? "" : Dates.format(d.closedAt())).setHeader("Closed").setAutoWidth(true);
        grid.setItems(drafts.recent());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No drafts yet.");

        Map<String, String> courses = archives.courses();
        ComboBox<String> course = new ComboBox<>("Course");
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(id -> courses.get(id) + " (" + id + ")");
        course.setWidthFull();
        course.setMaxWidth("28em");
        Button start = new Button("Start a draft", e -> {
            if (course.getValue() != null) {
                open(drafts.startFromCurrent(course.getValue()));
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);

        TextField newId = new TextField("New course id");
        newId.setPlaceholder("e.g. cervical-spine-safety");
        newId.setHelperText("kebab-case; it becomes the folder name");
        TextField newTitle = new TextField("Title");
        newTitle.setWidth("24em");
        Button create = new Button("Create the course draft", e -> open(drafts.startNewCourse(newId.getValue(), newTitle.getValue())));

        Upload upload = BoundedUpload.of(CourseArchives.MAX_UPLOAD_BYTES, (metadata, bytes) ->
                UI.getCurrent().access(() -> open(drafts.importArchive(bytes, metadata.fileName()))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CourseArchives.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setUploadButton(new Button("Import a ZIP as a draft…"));
        upload.setDropLabel(new Span("a course folder as a ZIP, at most 50 MB"));

        HorizontalLayout fromCourse = new HorizontalLayout(course, start);
        fromCourse.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout fromNothing = new HorizontalLayout(newId, newTitle, create);
        fromNothing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1("Course drafts"),
                new Paragraph("Change a course in a draft; another author reviews it, and approving it publishes a new "
                        + "version. Learners who enrolled earlier stay on their version."),
                grid,
                new H2("Start a draft"), fromCourse,
                new H2("A new course"), fromNothing,
                new H2("Import"), new Paragraph("A ZIP in the courses/ format (for example one downloaded from Course "
                        + "archives) becomes a draft of the course it holds. Problems in it are listed in the editor."),
                upload);
    }

    private void open(long draftId) {
        UI.getCurrent().navigate(DraftView.class, DraftView.parameters(draftId));
    }
}
