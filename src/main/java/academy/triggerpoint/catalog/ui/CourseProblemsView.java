package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.CourseProblems;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.shared.i18n.Languages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every problem in the course folder, with file and line, and a button to scan the folder again. */
@Route("admin/course-problems")
@Menu(title = "catalog.menu.course-problems", order = 91, icon = "vaadin:warning")
@RolesAllowed("ADMIN")
public class CourseProblemsView extends VerticalLayout implements HasDynamicTitle {

    private final Paragraph summary = new Paragraph();
    private final Grid<Problem> grid = new Grid<>();

    public CourseProblemsView(CourseLibrary library) {
        grid.addComponentColumn(p -> {
            // A path has no spaces to break at; on a phone it wraps anywhere rather than being cut off.
            Span where = new Span(p.where());
            where.getStyle().set("overflow-wrap", "anywhere");
            return where;
        }).setHeader(getTranslation("catalog.course-problems.column.where")).setFlexGrow(1);
        grid.addColumn(Problem::message).setHeader(getTranslation("catalog.course-problems.column.problem")).setFlexGrow(2);
        // Paths and messages are long; wrapped, each problem reads whole at any width.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Button rescan = new Button(getTranslation("catalog.course-problems.rescan"), VaadinIcon.REFRESH.create(),
                e -> show(library.reload()));
        add(new H1(getTranslation("catalog.course-problems.title")), summary, rescan, grid);
        show(library.lastScan());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.course-problems.page-title");
    }

    private void show(CourseProblems scan) {
        // With seconds, so that scanning again visibly changes the time even within the same minute.
        DateTimeFormatter time = DateTimeFormatter.ofPattern(getTranslation("catalog.course-problems.time-format"),
                Languages.closest(getLocale())).withZone(ZoneId.systemDefault());
        summary.setText(getTranslation("catalog.course-problems.summary", scan.folder(), time.format(scan.scannedAt()),
                scan.loadedCourses(), scan.problems().size()));
        grid.setItems(scan.problems());
    }
}
