package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.ChangeClass;
import academy.triggerpoint.catalog.VersionHistory;
import academy.triggerpoint.catalog.WhatsNew;
import academy.triggerpoint.catalog.content.VersionDiff;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "What's new" in a course: each version, newest first, with the reviewer's classification, the
 * change note and what changed. What a reader may see (keys or not) is decided by the service.
 */
@Route("courses/:courseId/whats-new")
@PermitAll
public class WhatsNewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VersionHistory history;
    private String title;

    public WhatsNewView(VersionHistory history) {
        this.history = history;
        addClassName("whats-new-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(history.whatsNew(event.getRouteParameters().get("courseId").orElse("")));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("catalog.course.untitled-page-title")
                : getTranslation("catalog.whats-new.page-title", title);
    }

    private void show(WhatsNew page) {
        removeAll();
        title = page.title();
        add(new H1(getTranslation("catalog.whats-new.title", page.title())),
                new RouterLink(getTranslation("catalog.whats-new.back"), CourseView.class, CourseView.params(page.courseId())));
        page.versions().forEach(version -> add(version(version, page.keysShown())));
    }

    private Div version(WhatsNew.VersionNews version, boolean keysShown) {
        Div box = new Div();
        box.addClassName("whats-new-version");
        String on = LocalFormats.date(LocalDate.ofInstant(version.publishedAt(), ZoneId.systemDefault()), getLocale());
        box.add(new H2(getTranslation(version.current() ? "catalog.whats-new.version-current" : "catalog.whats-new.version",
                version.label(), on)));
        Span classification = new Span(classification(version.changeClass()));
        classification.addClassNames("change-class", version.changeClass() == ChangeClass.SAFETY_CRITICAL
                ? "status-needs-remediation" : "status-neutral");
        box.add(classification);
        if (version.changeNote() != null) {
            Paragraph note = new Paragraph(version.changeNote());
            note.addClassName("change-note");
            box.add(note);
        }
        if (version.graceDays() != null) {
            box.add(new Paragraph(getTranslation("catalog.whats-new.grace", version.graceDays())));
        }
        if (version.difference() == null) {
            box.add(new Paragraph(getTranslation("catalog.whats-new.first-version")));
        } else {
            box.add(new Paragraph(getTranslation("catalog.whats-new.compared-with", version.previousLabel())));
            difference(box, version.difference(), keysShown);
        }
        return box;
    }

    private void difference(Div box, VersionDiff.Diff diff, boolean keysShown) {
        if (diff.isEmpty()) {
            box.add(new Paragraph(getTranslation("catalog.whats-new.no-changes")));
            return;
        }
        if (diff.hours() != null) {
            box.add(new Paragraph(getTranslation("catalog.whats-new.hours", diff.hours().before(), diff.hours().after())));
        }
        if (!diff.competencies().isEmpty()) {
            UnorderedList list = new UnorderedList();
            diff.competencies().forEach(c -> list.add(new ListItem(competency(c))));
            box.add(new H3(getTranslation("catalog.whats-new.competencies", diff.competencies().size())), list);
        }
        if (!diff.lessons().isEmpty()) {
            box.add(new H3(getTranslation("catalog.whats-new.lessons", diff.lessons().size())));
            for (VersionDiff.LessonChange lesson : diff.lessons()) {
                Pre text = new Pre(lesson.text().stream().map(VersionDiff.LineChange::asText).collect(Collectors.joining("⋯\n")));
                text.addClassName("diff-block");
                Details details = new Details(getTranslation("catalog.whats-new.lesson", lesson.title(), status(lesson.status())), text);
                details.addClassName("lesson-change");
                box.add(details);
            }
        }
        if (!diff.items().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (VersionDiff.ItemChange item : diff.items()) {
                String what = item.kinds().stream().map(this::kind).collect(Collectors.joining(", "));
                list.add(row(getTranslation(what.isEmpty() ? "catalog.whats-new.item" : "catalog.whats-new.item-with",
                        item.itemId(), item.lessonId(), status(item.status()), what), keysShown ? item.summary() : "", "item-change"));
            }
            box.add(new H3(getTranslation("catalog.whats-new.items", diff.items().size())), list);
        }
        if (!diff.cases().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (VersionDiff.CaseChange c : diff.cases()) {
                String what = c.aspects().stream().map(this::aspect).collect(Collectors.joining(", "));
                list.add(row(getTranslation(what.isEmpty() ? "catalog.whats-new.case" : "catalog.whats-new.case-with",
                        c.title(), status(c.status()), what), keysShown ? c.summary() : "", "case-change"));
            }
            box.add(new H3(getTranslation("catalog.whats-new.cases", diff.cases().size())), list);
        }
    }

    /** A changed question or case; the reviewer's summary with old and new values only when the service gave one. */
    private static ListItem row(String text, String summary, String className) {
        ListItem row = new ListItem(text);
        if (!summary.isEmpty()) {
            Span values = new Span(" — " + summary);
            values.addClassName("key-change");
            row.add(values);
        }
        row.addClassName(className);
        return row;
    }

    private String competency(VersionDiff.CompetencyChange c) {
        String title = c.titleAfter() != null ? c.titleAfter() : c.titleBefore();
        if (!c.status().equals("changed")) {
            return getTranslation("catalog.whats-new.competency", title, status(c.status()));
        }
        List<String> what = new java.util.ArrayList<>();
        if (!c.titleBefore().equals(c.titleAfter())) {
            what.add(getTranslation("catalog.whats-new.competency.renamed", c.titleBefore()));
        }
        if (!c.safetyCriticalBefore().equals(c.safetyCriticalAfter())) {
            what.add(getTranslation(c.safetyCriticalAfter() ? "catalog.whats-new.competency.now-safety-critical"
                    : "catalog.whats-new.competency.no-longer-safety-critical"));
        }
        return getTranslation("catalog.whats-new.competency", title, String.join(", ", what));
    }

    private String classification(ChangeClass changeClass) {
        if (changeClass == null) {
            return getTranslation("catalog.change-class.none");
        }
        return switch (changeClass) {
            case EDITORIAL -> getTranslation("catalog.change-class.editorial");
            case SUBSTANTIVE -> getTranslation("catalog.change-class.substantive");
            case SAFETY_CRITICAL -> getTranslation("catalog.change-class.safety-critical");
        };
    }

    private String status(String status) {
        return switch (status) {
            case "added" -> getTranslation("catalog.whats-new.status.added");
            case "removed" -> getTranslation("catalog.whats-new.status.removed");
            default -> getTranslation("catalog.whats-new.status.changed");
        };
    }

    private String kind(VersionDiff.ItemChangeKind kind) {
        return switch (kind) {
            case TYPE -> getTranslation("catalog.whats-new.kind.type");
            case STEM -> getTranslation("catalog.whats-new.kind.stem");
            case OPTIONS -> getTranslation("catalog.whats-new.kind.options");
            case KEY -> getTranslation("catalog.whats-new.kind.key");
            case POINTS -> getTranslation("catalog.whats-new.kind.points");
            case CRITICAL -> getTranslation("catalog.whats-new.kind.critical");
            case HARMFUL -> getTranslation("catalog.whats-new.kind.harmful");
            case FEEDBACK -> getTranslation("catalog.whats-new.kind.feedback");
            case METADATA -> getTranslation("catalog.whats-new.kind.metadata");
        };
    }

    private String aspect(VersionDiff.CaseAspect aspect) {
        return switch (aspect) {
            case GRAPH -> getTranslation("catalog.whats-new.aspect.graph");
            case CRITICAL_ENDINGS -> getTranslation("catalog.whats-new.aspect.critical-endings");
            case KEY -> getTranslation("catalog.whats-new.aspect.key");
            case SCORING -> getTranslation("catalog.whats-new.aspect.scoring");
            case QUESTIONS -> getTranslation("catalog.whats-new.aspect.questions");
            case TEXT -> getTranslation("catalog.whats-new.aspect.text");
            case FEEDBACK -> getTranslation("catalog.whats-new.aspect.feedback");
            case SETTINGS -> getTranslation("catalog.whats-new.aspect.settings");
        };
    }
}
