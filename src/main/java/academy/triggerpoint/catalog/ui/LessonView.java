package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.LessonPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.notification.Notification;
import jakarta.annotation.security.PermitAll;

/** The course player: one lesson, previous/next, and "mark complete" that moves on. */
@Route("learn/:courseId/:lessonId")
@PermitAll
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title;

    public LessonView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("lesson-page");
    }

    static RouteParameters params(String courseId, String lessonId) {
        return new RouteParameters(new RouteParam("courseId", courseId), new RouteParam("lessonId", lessonId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        try {
            show(catalog.openLesson(courseId, lessonId, getLocale()));
        } catch (InvalidInputException locked) {
            Notification.show(locked.getMessage(), 5000, Notification.Position.MIDDLE);
            event.forwardTo(CourseView.class, CourseView.params(courseId));
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("catalog.lesson.untitled-page-title")
                : getTranslation("catalog.lesson.page-title", title);
    }

    private void show(LessonPage page) {
        removeAll();
        title = page.title();
        Anchor courseLink = new Anchor("courses/" + page.courseId(), page.courseTitle());
        Span moduleTitle = new Span(page.moduleTitle());
        Nav crumbs = new Nav(courseLink, new Span(" › "), moduleTitle);
        crumbs.addClassName("crumbs");
        // Course content carries its own language, so screen readers pronounce it as written.
        ContentLang.set(courseLink, page.courseLanguage());
        ContentLang.set(moduleTitle, page.courseLanguage());
        crumbs.getElement().setAttribute("aria-label", getTranslation("catalog.lesson.breadcrumb.aria-label"));
        ProgressBar bar = new ProgressBar(0, 100, page.percentComplete());
        bar.getElement().setAttribute("aria-label", getTranslation("catalog.course-progress.aria-label"));
        Span position = new Span(getTranslation("catalog.lesson.position", page.lessonNumber(), page.lessonCount(),
                page.minutes(), page.percentComplete()));
        position.addClassName("facts");

        Article content = new Article();
        content.addClassName("lesson-content");
        content.getElement().setProperty("innerHTML", page.html());
        ContentLang.set(content, page.language());
        H1 heading = new H1(page.title());
        ContentLang.set(heading, page.language());

        Button previous = new Button(getTranslation("catalog.lesson.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> go(page.courseId(), page.previousLessonId()));
        previous.setEnabled(page.previousLessonId() != null);
        Button complete = new Button(getTranslation(page.nextLessonId() == null ? "catalog.lesson.complete"
                : "catalog.lesson.complete-and-continue"),
                VaadinIcon.CHECK.create(), e -> complete(page));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button next = new Button(getTranslation("catalog.lesson.next"), VaadinIcon.ARROW_RIGHT.create(),
                e -> go(page.courseId(), page.nextLessonId()));
        next.setIconAfterText(true);
        next.setEnabled(page.nextLessonId() != null);
        HorizontalLayout buttons = new HorizontalLayout(previous, complete, next);
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        if (page.done()) {
            Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(" " + getTranslation("catalog.lesson.done")));
            done.addClassName("done");
            buttons.add(done);
        }
        add(crumbs, heading, position, bar);
        if (page.onlyInCourseLanguage()) {
            Paragraph note = new Paragraph(getTranslation("catalog.lesson.only-in-language",
                    ContentLang.name(page.language(), getLocale())));
            note.addClassName("language-note");
            add(note);
        }
        add(content, buttons);
    }

    private void complete(LessonPage page) {
        var next = catalog.completeLesson(page.courseId(), page.lessonId());
        if (next.isPresent()) {
            go(page.courseId(), next.get());
        } else {
            getUI().ifPresent(ui -> ui.navigate(CourseView.class, CourseView.params(page.courseId())));
        }
    }

    private void go(String courseId, String lessonId) {
        if (lessonId != null) {
            getUI().ifPresent(ui -> {
                ui.navigate(LessonView.class, params(courseId, lessonId));
                toTop(ui);
            });
        }
    }

    /**
     * The player reuses this view for the next lesson, so the page would stay scrolled where the
     * button was, at the end of the previous lesson. Whatever scrolls goes back to the top: the window,
     * and the app layout's content area, which is in its shadow DOM (so the walk goes through the slot
     * the view is assigned to). Back and forward in the browser keep their own positions.
     */
    static void toTop(UI ui) {
        ui.getPage().executeJs("""
                window.scrollTo(0, 0);
                for (let e = document.querySelector('.lesson-page'); e; e = e.assignedSlot || e.parentElement || e.getRootNode().host) {
                  if (e.scrollTop) { e.scrollTop = 0; }
                }""");
    }
}
