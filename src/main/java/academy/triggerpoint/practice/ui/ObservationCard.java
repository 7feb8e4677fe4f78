package academy.triggerpoint.practice.ui;

import academy.triggerpoint.practice.Observation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A signed observation as the learner, the assessor and the manager read it: outcome, day, assessor,
 * validity, who signed and the hash of what they signed, and the checklist as marked (folded).
 */
final class ObservationCard {

    private ObservationCard() {
    }

    static Div of(Observation o, boolean showLearner) {
        Div card = new Div();
        card.addClassName("observation");
        Span verdict = new Span(o.passed() ? "Passed" : "Not passed");
        verdict.addClassName(o.passed() ? "status-achieved" : "status-needs-remediation");
        String who = showLearner ? o.learnerName() + " · " : "";
        card.add(new Paragraph(verdict, new Span(" · " + who + o.practicalTitle() + " · observed " + o.observedOn()
                + " by " + o.assessorName() + " · " + o.stepsDone() + " of " + o.stepsTotal() + " steps done"
                + (o.passed() && o.validUntil() != null ? " · valid until " + o.validUntil() : ""))));
        if (o.criticalMissed()) {
            card.add(new Paragraph("A critical step was not done: "
                    + String.join("; ", o.steps().stream().filter(s -> s.critical() && !s.done()).map(Observation.StepResult::text).toList())
                    + "."));
        }
        if (o.comment() != null) {
            card.add(new Paragraph("“" + o.comment() + "”"));
        }
        OrderedList steps = new OrderedList();
        for (Observation.StepResult s : o.steps()) {
            ListItem item = new ListItem((s.done() ? "✓ " : "✗ ") + s.text() + (s.critical() ? " (critical)" : "")
                    + (s.comment() == null ? "" : " — “" + s.comment() + "”"));
            item.addClassName(s.done() ? "step-done" : "step-missed");
            steps.add(item);
        }
        Details checklist = new Details("Checklist as marked", steps);
        Span hash = new Span("Signed by " + o.assessorName() + ", " + PracticeView.WHEN.format(o.signedAt()) + " · observation "
                + o.id() + " · SHA-256 " + o.contentHash().substring(0, 12) + "…");
        hash.getElement().setAttribute("title", o.contentHash());
        hash.addClassName("hash");
        card.add(checklist, new Div(hash));
        return card;
    }
}
