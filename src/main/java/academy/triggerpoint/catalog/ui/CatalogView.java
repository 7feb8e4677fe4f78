package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The course catalogue: one card per course with hours, modules, objectives and the caller's progress. */
@Route("")
@Menu(title = "catalog.menu.courses", order = 0, icon = "vaadin:academy-cap")
@PermitAll
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    public CatalogView(CatalogService catalog) {
        add(new H1(getTranslation("catalog.catalogue.title")));
        Paragraph scope = new Paragraph(getTranslation("catalog.catalogue.scope"));
        scope.addClassName("notice");
        add(scope);
        Div cards = new Div();
        cards.addClassName("card-grid");
        var courses = catalog.catalogue();
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("catalog.catalogue.empty")));
        }
        courses.forEach(card -> cards.add(card(card)));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.catalogue.page-title");
    }

    private Div card(CourseCard course) {
        Div card = new Div();
        card.addClassName("course-card");
        H2 title = ContentLang.set(new H2(course.title()), course.language());
        Paragraph facts = new Paragraph(getTranslation("catalog.catalogue.facts", getTranslation("catalog.ce-hours",
                course.ceContactHours()), course.moduleTitles().size(), course.lessons(),
                DeliveryTexts.label(this, course.deliveryMode())));
        facts.addClassName("facts");
        UnorderedList objectives = ContentLang.set(new UnorderedList(), course.language());
        course.objectives().stream().limit(3).forEach(o -> objectives.add(new ListItem(o)));
        Button open = new Button(getTranslation(course.enrolled() ? "catalog.catalogue.continue" : "catalog.catalogue.view"),
                e -> getUI().ifPresent(ui -> ui.navigate(CourseView.class, CourseView.params(course.courseId()))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.getElement().setAttribute("aria-label", getTranslation(course.enrolled()
                ? "catalog.catalogue.continue.aria-label" : "catalog.catalogue.view.aria-label", course.title()));
        card.add(title, facts, ContentLang.set(new Paragraph(course.summary()), course.language()),
                new Span(getTranslation("catalog.catalogue.objectives")), objectives);
        if (course.enrolled()) {
            ProgressBar bar = new ProgressBar(0, 100, course.percentComplete());
            bar.getElement().setAttribute("aria-label", getTranslation("catalog.catalogue.progress.aria-label", course.title()));
            card.add(new Span(getTranslation("catalog.percent-complete", course.percentComplete())), bar);
        }
        card.add(open);
        return card;
    }
}
