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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Course drafts: continue one, start one from a course or from nothing, or import a ZIP as a draft. */
@Route("authoring/drafts")
@Menu(title = "authoring.menu.drafts", order = 70, icon = "vaadin:edit")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class DraftsView extends VerticalLayout implements HasDynamicTitle {

    private final Drafts drafts;

    public DraftsView(Drafts drafts, CourseArchives archives) {
        this.drafts = drafts;
        Grid<DraftRecords.Draft> grid = new Grid<>();
        grid.addComponentColumn(d -> new RouterLink("#" + d.id() + " " + d.courseId(), DraftView.class,
                DraftView.parameters(d.id()))).setHeader(getTranslation("authoring.drafts.column.draft")).setAutoWidth(true);
        grid.addComponentColumn(d -> DraftView.stateBadge(d.state())).setHeader(getTranslation("authoring.drafts.column.state"))
                .setAutoWidth(true);
        grid.addColumn(DraftRecords.Draft::createdByName).setHeader(getTranslation("authoring.drafts.column.started-by"))
                .setAutoWidth(true);
        grid.addColumn(d -> Dates.format(d.createdAt(), getLocale())).setHeader(getTranslation("authoring.drafts.column.started"))
                .setAutoWidth(true);
        grid.addColumn(d -> Dates.format(d.closedAt(), getLocale())).setHeader(getTranslation("authoring.drafts.column.closed"))
                .setAutoWidth(true);
        grid.setItems(drafts.recent());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("authoring.drafts.none"));

        Map<String, String> courses = archives.courses();
        ComboBox<String> course = new ComboBox<>(getTranslation("authoring.drafts.course"));
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(id -> courses.get(id) + " (" + id + ")");
        course.setWidthFull();
        course.setMaxWidth("28em");
        Button start = new Button(getTranslation("authoring.drafts.start"), e -> {
            if (course.getValue() != null) {
                open(drafts.startFromCurrent(course.getValue()));
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);

        TextField newId = new TextField(getTranslation("authoring.drafts.new-id"));
        newId.setPlaceholder(getTranslation("authoring.drafts.new-id.placeholder"));
        newId.setHelperText(getTranslation("authoring.drafts.new-id.helper"));
        TextField newTitle = new TextField(getTranslation("authoring.drafts.new-title"));
        newTitle.setWidth("24em");
        Button create = new Button(getTranslation("authoring.drafts.create"),
                e -> open(drafts.startNewCourse(newId.getValue(), newTitle.getValue())));

        Upload upload = BoundedUpload.of(CourseArchives.MAX_UPLOAD_BYTES, (metadata, bytes) ->
                UI.getCurrent().access(() -> open(drafts.importArchive(bytes, metadata.fileName()))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CourseArchives.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setUploadButton(new Button(getTranslation("authoring.drafts.import.button")));
        upload.setDropLabel(new Span(getTranslation("authoring.drafts.import.drop")));

        HorizontalLayout fromCourse = new HorizontalLayout(course, start);
        fromCourse.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout fromNothing = new HorizontalLayout(newId, newTitle, create);
        fromNothing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("authoring.drafts.title")),
                new Paragraph(getTranslation("authoring.drafts.intro")),
                grid,
                new H2(getTranslation("authoring.drafts.start")), fromCourse,
                new H2(getTranslation("authoring.drafts.new-course")), fromNothing,
                new H2(getTranslation("authoring.drafts.import")), new Paragraph(getTranslation("authoring.drafts.import.intro")),
                upload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.drafts.page-title");
    }

    private void open(long draftId) {
        UI.getCurrent().navigate(DraftView.class, DraftView.parameters(draftId));
    }
}
