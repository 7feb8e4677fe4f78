package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseOutline;
import academy.triggerpoint.catalog.VersionHistory;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.vaadin.flow.component.Text;
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
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** A course page: facts, objectives, enrolment, and the module outline with progress and locks. */
@Route("courses/:courseId")
@PermitAll
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final VersionHistory history;
    private String title;

    public CourseView(CatalogService catalog, VersionHistory history) {
        this.catalog = catalog;
        this.history = history;
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
        return title == null ? getTranslation("catalog.course.untitled-page-title")
                : getTranslation("catalog.course.page-title", title);
    }

    private void show(CourseOutline outline) {
        removeAll();
        CourseDefinition course = outline.course();
        title = course.title();
        // The course's own texts carry its language; the interface around them is in the reader's.
        String language = course.language();
        add(ContentLang.set(new H1(course.title()), language), ContentLang.set(new Paragraph(course.summary()), language));
        String hours = getTranslation("catalog.ce-hours", course.ceContactHours());
        String delivery = DeliveryTexts.label(this, course.deliveryMode());
        Paragraph facts = new Paragraph(course.validityMonths() == null
                ? getTranslation("catalog.course.facts", hours, delivery, course.version())
                : getTranslation("catalog.course.facts-with-validity", hours, delivery, course.validityMonths(),
                        course.version()));
        facts.addClassName("facts");
        add(facts);
        if (history.versionCount(course.id()) > 1) {
            RouterLink whatsNew = new RouterLink(getTranslation("catalog.course.whats-new"), WhatsNewView.class, params(course.id()));
            whatsNew.addClassName("whats-new-link");
            add(whatsNew);
        }
        add(new Paragraph(getTranslation("catalog.course.provider", course.provider().name(), course.presenters().stream()
                .map(p -> p.name() + (p.credentials() == null ? "" : " (" + p.credentials() + ")"))
                .collect(Collectors.joining(", ")))));

        if (outline.enrolled() && outline.completion().complete()) {
            Paragraph complete = new Paragraph(completed(outline));
            complete.addClassName("outcome");
            complete.addClassName("passed");
            add(complete);
        } else if (outline.enrolled()) {
            add(new Paragraph(getTranslation("catalog.course.to-complete", String.join("; ", outline.completion().missing()))));
        }
        if (outline.enrolled()) {
            ProgressBar bar = new ProgressBar(0, 100, outline.percentComplete());
            bar.getElement().setAttribute("aria-label", getTranslation("catalog.course-progress.aria-label"));
            Button resume = new Button(getTranslation(outline.percentComplete() == 0 ? "catalog.course.start"
                    : "catalog.course.resume"),
                    VaadinIcon.PLAY.create(), e -> openLesson(course.id(), outline.continueLessonId()));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Span(getTranslation("catalog.percent-complete", outline.percentComplete())), bar, resume);
        } else if (outline.cannotEnrolBecause() != null) {
            Paragraph requirement = new Paragraph(outline.cannotEnrolBecause());
            requirement.addClassName("notice");
            add(requirement);
        } else {
            Button enrol = new Button(getTranslation("catalog.course.enrol"), e -> show(catalog.enrol(course.id())));
            enrol.setDisableOnClick(true);
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(enrol);
        }

        add(new H2(getTranslation("catalog.course.objectives")));
        UnorderedList objectives = new UnorderedList();
        course.objectives().forEach(o -> objectives.add(new ListItem(o)));
        add(ContentLang.set(objectives, language));

        add(new H2(getTranslation("catalog.course.modules")));
        int number = 1;
        for (CourseOutline.ModuleState module : outline.modules()) {
            add(module(course, number++, module, outline.enrolled()));
        }
    }

    /** That the course is complete, with the day and the weighted score when they are known. */
    private String completed(CourseOutline outline) {
        Double percent = outline.completion().weightedPercent();
        if (outline.completedAt() == null) {
            return percent == null ? getTranslation("catalog.course.completed")
                    : getTranslation("catalog.course.completed-with", percent);
        }
        String on = LocalFormats.date(LocalDate.ofInstant(outline.completedAt(), ZoneId.systemDefault()), getLocale());
        return percent == null ? getTranslation("catalog.course.completed-on", on)
                : getTranslation("catalog.course.completed-on-with", on, percent);
    }

    private Div module(CourseDefinition course, int number, CourseOutline.ModuleState module, boolean enrolled) {
        String courseId = course.id();
        Div box = new Div();
        box.addClassName("module");
        H3 heading = new H3(new Text(number + ". "), ContentLang.set(new Span(module.title()), course.language()));
        box.add(heading);
        if (module.locked()) {
            Span lock = new Span(VaadinIcon.LOCK.create(), new Span(" " + module.lockedReason()));
            lock.addClassName("locked");
            box.add(lock);
        }
        box.add(ContentLang.set(new Paragraph(module.summary()), course.language()));
        OrderedList lessons = new OrderedList();
        for (CourseOutline.LessonState lesson : module.lessons()) {
            ListItem item = new ListItem();
            // The title the lesson page will show: its translation's when there is one in the reader's language.
            String lessonLanguage = course.lessonLanguage(lesson.lessonId(), getLocale());
            String lessonTitle = course.lesson(lesson.lessonId(), lessonLanguage).map(l -> l.title()).orElse(lesson.title());
            String label = getTranslation("catalog.course.lesson", lessonTitle, lesson.minutes());
            if (enrolled && !module.locked()) {
                Anchor link = new Anchor("learn/" + courseId + "/" + lesson.lessonId(), label);
                item.add(ContentLang.set(link, lessonLanguage));
            } else {
                item.add(ContentLang.set(new Span(label), lessonLanguage));
            }
            if (lesson.done()) {
                Span done = new Span(VaadinIcon.CHECK.create(), new Span(" " + getTranslation("catalog.course.lesson-done")));
                done.addClassName("done");
                item.add(done);
            }
            lessons.add(item);
        }
        box.add(lessons);
        if (module.quiz() != null) {
            CourseOutline.QuizState quiz = module.quiz();
            String standing = quiz.bestPercent() == null ? getTranslation("catalog.course.quiz.not-taken")
                    : standing(quiz.bestPercent(), quiz.passed());
            Span status = new Span((quiz.passed() ? "✓ " : "")
                    + getTranslation("catalog.course.quiz.status", quiz.title(), quiz.passMark(), standing));
            status.addClassName(quiz.passed() ? "done" : "facts");
            box.add(new Paragraph(status));
            if (enrolled && !module.locked()) {
                box.add(new Anchor("courses/" + courseId + "/quiz/" + module.moduleId(),
                        getTranslation(quiz.passed() ? "catalog.course.quiz.results" : "catalog.course.quiz.open")));
            }
        }
        for (CourseOutline.CaseState clinicalCase : module.cases()) {
            String standing = clinicalCase.bestPercent() == null ? getTranslation("catalog.course.case.not-attempted")
                    : standing(clinicalCase.bestPercent(), clinicalCase.passed());
            Span status = new Span((clinicalCase.passed() ? "✓ " : "")
                    + getTranslation("catalog.course.case.status", clinicalCase.title(), clinicalCase.passMark(), standing));
            status.addClassName(clinicalCase.passed() ? "done" : "facts");
            box.add(new Paragraph(status));
            if (enrolled && !module.locked()) {
                box.add(new Anchor("courses/" + courseId + "/cases/" + clinicalCase.caseId(),
                        getTranslation(clinicalCase.passed() ? "catalog.course.case.results" : "catalog.course.case.open")));
            }
        }
        if (!module.keyPoints().isEmpty() || !module.readingList().isEmpty()) {
            VerticalLayout more = new VerticalLayout();
            more.setPadding(false);
            if (!module.keyPoints().isEmpty()) {
                UnorderedList points = ContentLang.set(new UnorderedList(), course.language());
                module.keyPoints().forEach(p -> points.add(new ListItem(p)));
                more.add(new Span(getTranslation("catalog.course.key-points")), points);
            }
            if (!module.readingList().isEmpty()) {
                UnorderedList reading = ContentLang.set(new UnorderedList(), course.language());
                module.readingList().forEach(r -> reading.add(new ListItem(r)));
                more.add(new Span(getTranslation("catalog.course.reading-list")), reading);
            }
            box.add(new Details(getTranslation("catalog.course.key-points-and-reading"), more));
        }
        return box;
    }

    private String standing(double bestPercent, boolean passed) {
        return getTranslation(passed ? "catalog.course.best-passed" : "catalog.course.best-not-passed", bestPercent);
    }

    private void openLesson(String courseId, String lessonId) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, LessonView.params(courseId, lessonId)));
    }
}
