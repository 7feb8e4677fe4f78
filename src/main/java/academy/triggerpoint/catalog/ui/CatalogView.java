package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The course catalogue: one card per course with hours, modules, objectives and the caller's progress. */
@Route("")
@PageTitle("Courses · Trigger Point Academy")
@Menu(title = "Courses", order = 0, icon = "vaadin:academy-cap")
@PermitAll
public class CatalogView extends VerticalLayout {

    public CatalogView(CatalogService catalog) {
        add(new H1("Courses"));
        Paragraph scope = new Paragraph("These online courses teach and assess what a clinician needs to know. Completing"
                + " one does not by itself qualify or authorise you to needle: supervised in-person training and the"
                + " rules of your own regulator decide that.");
        scope.addClassName("notice");
        add(scope);
        Div cards = new Div();
        cards.addClassName("card-grid");
        var courses = catalog.catalogue();
        if (courses.isEmpty()) {
            add(new Paragraph("No courses are available yet."));
        }
        courses.forEach(card -> cards.add(card(card)));
        add(cards);
    }

    private Div card(CourseCard course) {
        Div card = new Div();
        card.addClassName("course-card");
        H2 title = new H2(course.title());
        Paragraph facts = new Paragraph(Format.hours(course.ceContactHours()) + " · "
                + Counts.of(course.moduleTitles().size(), "module") + " · " + Counts.of(course.lessons(), "lesson") + " · "
                + Format.delivery(course.deliveryMode()));
        facts.addClassName("facts");
        UnorderedList objectives = new UnorderedList();
        course.objectives().stream().limit(3).forEach(o -> objectives.add(new ListItem(o)));
        Button open = new Button(course.enrolled() ? "Continue" : "View course",
                e -> getUI().ifPresent(ui -> ui.navigate(CourseView.class, CourseView.params(course.courseId()))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.getElement().setAttribute("aria-label", (course.enrolled() ? "Continue " : "View ") + course.title());
        card.add(title, facts, new Paragraph(course.summary()), new Span("You will be able to:"), objectives);
        if (course.enrolled()) {
            ProgressBar bar = new ProgressBar(0, 100, course.percentComplete());
            bar.getElement().setAttribute("aria-label", "Progress in " + course.title());
            card.add(new Span(course.percentComplete() + "% complete"), bar);
        }
        card.add(open);
        return card;
    }
}
