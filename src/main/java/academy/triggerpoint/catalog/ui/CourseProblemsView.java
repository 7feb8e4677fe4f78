package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.CourseProblems;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every problem in the course folder, with file and line, and a button to scan the folder again. */
@Route("admin/course-problems")
@PageTitle("Course problems · Trigger Point Academy")
@Menu(title = "Course problems", order = 91, icon = "vaadin:warning")
@RolesAllowed("ADMIN")
public class CourseProblemsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Paragraph summary = new Paragraph();
    private final Grid<Problem> grid = new Grid<>();

    public CourseProblemsView(CourseLibrary library) {
        grid.addComponentColumn(p -> {
            // A path has no spaces to break at; on a phone it wraps anywhere rather than being cut off.
            Span where = new Span(p.where());
            where.getStyle().set("overflow-wrap", "anywhere");
            return where;
        }).setHeader("File, line and column").setFlexGrow(1);
        grid.addColumn(Problem::message).setHeader("Problem").setFlexGrow(2);
        // Paths and messages are long; wrapped, each problem reads whole at any width.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Button rescan = new Button("Scan the course folder again", VaadinIcon.REFRESH.create(), e -> show(library.reload()));
        add(new H1("Course problems"), summary, rescan, grid);
        show(library.lastScan());
    }

    private void show(CourseProblems scan) {
        summary.setText("Scanned " + scan.folder() + " at " + TIME.format(scan.scannedAt()) + ": "
                + Counts.of(scan.loadedCourses(), "course") + " loaded, " + Counts.of(scan.problems().size(), "problem")
                + ". A course with any problem is not loaded.");
        grid.setItems(scan.problems());
    }
}
