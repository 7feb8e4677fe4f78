package academy.triggerpoint.practice.ui;

import academy.triggerpoint.practice.Observation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A signed observation as the learner, the assessor and the manager read it: outcome, day, assessor,
 * validity, who signed and the hash of what they signed, and the checklist as marked (folded).
 */
final class ObservationCard {

    private ObservationCard() {
    }

    static Div of(Observation o, boolean showLearner, Locale locale) {
        Div card = new Div();
        card.addClassName("observation");
        Span verdict = new Span(o.passed() ? card.getTranslation("practice.observation.passed")
                : card.getTranslation("practice.observation.not-passed"));
        verdict.addClassName(o.passed() ? "status-achieved" : "status-needs-remediation");
        List<String> about = new ArrayList<>();
        if (showLearner) {
            about.add(o.learnerName());
        }
        about.add(card.getTranslation("practice.observation.summary", o.practicalTitle(), PracticeView.dateText(card, o.observedOn()),
                o.assessorName(), o.stepsDone(), o.stepsTotal()));
        if (o.passed() && o.validUntil() != null) {
            about.add(card.getTranslation("practice.observation.valid-until", PracticeView.dateText(card, o.validUntil())));
        }
        card.add(new Paragraph(verdict, new Span(" · " + String.join(" · ", about))));
        if (o.criticalMissed()) {
            card.add(new Paragraph(card.getTranslation("practice.observation.critical-missed",
                    String.join("; ", o.steps().stream().filter(s -> s.critical() && !s.done()).map(Observation.StepResult::text).toList()))));
        }
        if (o.comment() != null) {
            card.add(new Paragraph(card.getTranslation("practice.quoted", o.comment())));
        }
        OrderedList steps = new OrderedList();
        for (Observation.StepResult s : o.steps()) {
            String step = s.critical() ? card.getTranslation("practice.observation.step.critical", s.text()) : s.text();
            if (s.comment() != null) {
                step = card.getTranslation("practice.observation.step.comment", step, s.comment());
            }
            ListItem item = new ListItem((s.done() ? "✓ " : "✗ ") + step);
            item.addClassName(s.done() ? "step-done" : "step-missed");
            steps.add(item);
        }
        Details checklist = new Details(card.getTranslation("practice.observation.checklist"), steps);
        Span hash = new Span(card.getTranslation("practice.observation.signed", o.assessorName(), PracticeView.timeText(o.signedAt(), locale),
                String.valueOf(o.id()), o.contentHash().substring(0, 12)));
        hash.getElement().setAttribute("title", o.contentHash());
        hash.addClassName("hash");
        card.add(checklist, new Div(hash));
        return card;
    }
}
