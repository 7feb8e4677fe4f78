package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseOutline;
import academy.triggerpoint.catalog.content.CourseDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** A course page: facts, objectives, enrolment, and the module outline with progress and locks. */
@Route("courses/:courseId")
@PermitAll
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofPattern("d MMMM yyyy")
            .withZone(ZoneId.systemDefault());

    private final CatalogService catalog;
    private String title = "Course";

    public CourseView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("course-page");
    }

    static RouteParameters params(String courseId) {
        return new RouteParameters("courseId", courseId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        show(catalog.outline(courseId));
    }

    @Override
    public String getPageTitle() {
        return title + " · Trigger Point Academy";
    }

    private void show(CourseOutline outline) {
        removeAll();
        CourseDefinition course = outline.course();
        title = course.title();
        add(new H1(course.title()), new Paragraph(course.summary()));
        Paragraph facts = new Paragraph(Format.hours(course.ceContactHours()) + " · " + Format.delivery(course.deliveryMode())
                + (course.validityMonths() == null ? "" : " · certificate valid " + course.validityMonths() + " months")
                + " · version " + course.version());
        facts.addClassName("facts");
        add(facts);
        add(new Paragraph("Provider: " + course.provider().name() + ". Presented by "
                + course.presenters().stream().map(p -> p.name() + (p.credentials() == null ? "" : " (" + p.credentials() + ")"))
                .collect(Collectors.joining(", ")) + "."));

        if (outline.enrolled() && outline.completion().complete()) {
            Paragraph complete = new Paragraph("✓ You have completed this course"
                    + (outline.completedAt() == null ? "" : " on " + COMPLETED.format(outline.completedAt()))
                    + (outline.completion().weightedPercent() == null ? "." : " with " + outline.completion().weightedPercent() + "%."));
            complete.addClassName("outcome");
            complete.addClassName("passed");
            add(complete);
        } else if (outline.enrolled()) {
            add(new Paragraph("To complete the course: " + String.join("; ", outline.completion().missing()) + "."));
        }
        if (outline.enrolled()) {
            ProgressBar bar = new ProgressBar(0, 100, outline.percentComplete());
            bar.getElement().setAttribute("aria-label", "Course progress");
            Button resume = new Button(outline.percentComplete() == 0 ? "Start the first lesson" : "Continue where I left off",
                    VaadinIcon.PLAY.create(), e -> openLesson(course.id(), outline.continueLessonId()));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Span(outline.percentComplete() + "% complete"), bar, resume);
        } else if (outline.cannotEnrolBecause() != null) {
            Paragraph requirement = new Paragraph(outline.cannotEnrolBecause());
            requirement.addClassName("notice");
            add(requirement);
        } else {
            Button enrol = new Button("Enrol in this course", e -> show(catalog.enrol(course.id())));
            enrol.setDisableOnClick(true);
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(enrol);
        }

        add(new H2("You will be able to"));
        UnorderedList objectives = new UnorderedList();
        course.objectives().forEach(o -> objectives.add(new ListItem(o)));
        add(objectives);

        add(new H2("Modules"));
        int number = 1;
        for (CourseOutline.ModuleState module : outline.modules()) {
            add(module(course.id(), number++, module, outline.enrolled()));
        }
    }

    private Div module(String courseId, int number, CourseOutline.ModuleState module, boolean enrolled) {
        Div box = new Div();
        box.addClassName("module");
        H3 heading = new H3(number + ". " + module.title());
        box.add(heading);
        if (module.locked()) {
            Span lock = new Span(VaadinIcon.LOCK.create(), new Span(" " + module.lockedReason()));
            lock.addClassName("locked");
            box.add(lock);
        }
        box.add(new Paragraph(module.summary()));
        OrderedList lessons = new OrderedList();
        for (CourseOutline.LessonState lesson : module.lessons()) {
            ListItem item = new ListItem();
            String label = lesson.title() + " (" + lesson.minutes() + " min)";
            if (enrolled && !module.locked()) {
                Anchor link = new Anchor("learn/" + courseId + "/" + lesson.lessonId(), label);
                item.add(link);
            } else {
                item.add(new Span(label));
            }
            if (lesson.done()) {
                Span done = new Span(VaadinIcon.CHECK.create(), new Span(" completed"));
                done.addClassName("done");
                item.add(done);
            }
            lessons.add(item);
        }
        box.add(lessons);
        if (module.quiz() != null) {
            CourseOutline.QuizState quiz = module.quiz();
            String standing = quiz.bestPercent() == null ? "not taken yet"
                    : "best " + quiz.bestPercent() + "%" + (quiz.passed() ? ", passed" : ", not passed yet");
            Span status = new Span((quiz.passed() ? "✓ " : "") + "Quiz: " + quiz.title() + " (pass mark " + quiz.passMark()
                    + "%): " + standing);
            status.addClassName(quiz.passed() ? "done" : "facts");
            box.add(new Paragraph(status));
            if (enrolled && !module.locked()) {
                box.add(new Anchor("courses/" + courseId + "/quiz/" + module.moduleId(),
                        quiz.passed() ? "See your quiz results" : "Go to the quiz"));
            }
        }
        for (CourseOutline.CaseState clinicalCase : module.cases()) {
            String standing = clinicalCase.bestPercent() == null ? "not attempted yet"
                    : "best " + clinicalCase.bestPercent() + "%" + (clinicalCase.passed() ? ", passed" : ", not passed yet");
            Span status = new Span((clinicalCase.passed() ? "✓ " : "") + "Case: " + clinicalCase.title() + " (pass mark "
                    + clinicalCase.passMark() + "%): " + standing);
            status.addClassName(clinicalCase.passed() ? "done" : "facts");
            box.add(new Paragraph(status));
            if (enrolled && !module.locked()) {
                box.add(new Anchor("courses/" + courseId + "/cases/" + clinicalCase.caseId(),
                        clinicalCase.passed() ? "See your case results" : "Go to the case"));
            }
        }
        if (!module.keyPoints().isEmpty() || !module.readingList().isEmpty()) {
            VerticalLayout more = new VerticalLayout();
            more.setPadding(false);
            if (!module.keyPoints().isEmpty()) {
                UnorderedList points = new UnorderedList();
                module.keyPoints().forEach(p -> points.add(new ListItem(p)));
                more.add(new Span("Key points"), points);
            }
            if (!module.readingList().isEmpty()) {
                UnorderedList reading = new UnorderedList();
                module.readingList().forEach(r -> reading.add(new ListItem(r)));
                more.add(new Span("Reading list"), reading);
            }
            box.add(new Details("Key points and reading list", more));
        }
        return box;
    }

    private void openLesson(String courseId, String lessonId) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, LessonView.params(courseId, lessonId)));
    }
}
