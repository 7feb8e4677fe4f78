package academy.triggerpoint.practice.ui;

import academy.triggerpoint.catalog.content.PracticalDefinition;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.practice.NewObservation;
import academy.triggerpoint.practice.Observation;
import academy.triggerpoint.practice.Observations;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For assessors (supervisors): direct observation of a procedure on a tablet. Choose the person and
 * the practical, mark every step done or not done with a comment where useful, and sign. A missed
 * critical step fails the observation whatever the rest; the signed result never changes.
 */
@Route("observe")
@Menu(title = "practice.menu.observe", order = 14, icon = "vaadin:eye")
@RolesAllowed("SUPERVISOR")
public class ObserveView extends VerticalLayout implements HasDynamicTitle {

    /** The two marks of a step, as the assessor reads them (the marks are compared as these texts). */
    private final String done = getTranslation("practice.observe.done");
    private final String notDone = getTranslation("practice.observe.not-done");

    private final Observations observations;
    private final ComboBox<StaffMember> learner = new ComboBox<>(getTranslation("practice.observe.person"));
    private final Select<Observations.Practical> practical = new Select<>();
    private final DatePicker observedOn = new DatePicker(getTranslation("practice.observe.observed-on"));
    private final Div checklist = new Div();
    private final TextArea comment = new TextArea(getTranslation("practice.observe.comment"));
    private final Div recent = new Div();
    private final Map<String, RadioButtonGroup<String>> marks = new LinkedHashMap<>();
    private final Map<String, TextField> comments = new LinkedHashMap<>();

    public ObserveView(Observations observations, Clock clock) {
        this.observations = observations;
        addClassName("observe-page");
        add(new H1(getTranslation("practice.observe.heading")), new Paragraph(getTranslation("practice.observe.intro")));
        learner.setItems(observations.assessable());
        learner.setItemLabelGenerator(StaffMember::fullName);
        learner.setWidth("20rem");
        learner.setMaxWidth("100%");
        practical.setLabel(getTranslation("practice.observe.practical"));
        practical.setItems(observations.practicals());
        practical.setItemLabelGenerator(p -> p.definition().title() + " (" + p.courseTitle() + ")");
        practical.setEmptySelectionCaption(getTranslation("practice.observe.practical.choose"));
        practical.setWidth("28rem");
        practical.setMaxWidth("100%");
        practical.addValueChangeListener(e -> showChecklist(e.getValue()));
        observedOn.setValue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        observedOn.setMax(observedOn.getValue());
        HorizontalLayout who = new HorizontalLayout(learner, practical, observedOn);
        who.addClassName("wrap-row");
        // As wide as the page, not as its widest field: the fields' max-width then fits a phone.
        who.setWidthFull();
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        comment.setMaxLength(Observations.MAX_COMMENT);
        comment.setWidth("32rem");
        comment.setMaxWidth("100%");
        Button sign = new Button(getTranslation("practice.observe.sign"), e -> sign());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checklist.setWidthFull();
        recent.setWidthFull();
        add(who, checklist, comment, sign, new H2(getTranslation("practice.observe.recent")), recent);
        if (learner.getListDataView().getItemCount() == 0) {
            add(new Paragraph(getTranslation("practice.observe.nobody")));
        }
        showRecent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.observe.page-title");
    }

    private void showChecklist(Observations.Practical chosen) {
        checklist.removeAll();
        marks.clear();
        comments.clear();
        if (chosen == null) {
            return;
        }
        PracticalDefinition p = chosen.definition();
        checklist.add(new Paragraph(p.summary()), new Paragraph(getTranslation("practice.observe.pass-rule", p.minimumPercent(),
                p.validForMonths())));
        int n = 1;
        for (PracticalDefinition.Step step : p.steps()) {
            Section card = new Section();
            card.addClassName("module");
            card.addClassName("checklist-step");
            RadioButtonGroup<String> mark = new RadioButtonGroup<>(n++ + ". " + step.text());
            mark.setItems(done, notDone);
            mark.setRequiredIndicatorVisible(true);
            TextField note = new TextField(getTranslation("practice.observe.step-comment"));
            note.setMaxLength(Observations.MAX_STEP_COMMENT);
            note.setWidth("32rem");
            note.setMaxWidth("100%");
            card.add(new Div(mark));
            if (step.critical()) {
                Span critical = new Span(getTranslation("practice.observe.critical", step.source()));
                critical.addClassName("critical-step");
                card.add(new Div(critical));
            }
            card.add(new Div(note));
            marks.put(step.id(), mark);
            comments.put(step.id(), note);
            checklist.add(card);
        }
    }

    private void sign() {
        try {
            if (learner.getValue() == null) {
                throw new InvalidInputException("learner", getTranslation("practice.observe.choose-person"));
            }
            if (practical.getValue() == null) {
                throw new InvalidInputException("practical", getTranslation("practice.observe.choose-practical"));
            }
            Map<String, Boolean> steps = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            marks.forEach((id, mark) -> {
                if (mark.getValue() != null) {
                    steps.put(id, done.equals(mark.getValue()));
                }
            });
            comments.forEach((id, note) -> notes.put(id, note.getValue()));
            Observation o = observations.record(new NewObservation(learner.getValue().accountId(), practical.getValue().courseId(),
                    practical.getValue().definition().id(), observedOn.getValue(), steps, notes, comment.getValue()));
            Notification.show(o.passed() ? getTranslation("practice.observe.signed.passed", o.learnerName(), o.practicalTitle())
                    : getTranslation("practice.observe.signed.not-passed", o.learnerName(), o.practicalTitle()), 6000,
                    Notification.Position.BOTTOM_START);
            practical.clear();
            comment.clear();
            showRecent();
        } catch (InvalidInputException ex) {
            Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
        }
    }

    private void showRecent() {
        recent.removeAll();
        var all = observations.ofPeopleISupervise();
        if (all.isEmpty()) {
            recent.add(new Paragraph(getTranslation("practice.observe.recent.none")));
        }
        all.stream().limit(20).forEach(o -> recent.add(ObservationCard.of(o, true, getLocale())));
    }
}
