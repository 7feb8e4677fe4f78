package academy.triggerpoint.practice.ui;

import academy.triggerpoint.practice.PracticeEntry;
import academy.triggerpoint.practice.PracticeLog;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * For supervisors: the practical entries that name them, oldest first, each countersigned (it then
 * counts and never changes) or returned with a comment saying what to correct. Sized for a tablet.
 */
@Route("countersign")
@PageTitle("Countersign practical training · Trigger Point Academy")
@Menu(title = "Countersign", order = 13, icon = "vaadin:check-square-o")
@RolesAllowed("SUPERVISOR")
public class CountersignView extends VerticalLayout {

    private final PracticeLog log;
    private final Div pending = new Div();
    private final java.util.Map<String, String> regionLabels;

    public CountersignView(PracticeLog log) {
        this.log = log;
        this.regionLabels = log.bodyRegions();
        add(new H1("Countersign practical training"), new Paragraph("Countersign only what you supervised or can vouch for. "
                + "A countersigned entry counts towards the clinician's hours and sessions and can no longer change; "
                + "if something is wrong, return it with a comment and they will submit a correction."), pending);
        pending.setWidthFull();
        refresh();
    }

    private void refresh() {
        pending.removeAll();
        List<PracticeEntry> entries = log.awaitingMySignature();
        if (entries.isEmpty()) {
            pending.add(new Paragraph("Nothing is waiting for you."));
        }
        entries.forEach(e -> pending.add(card(e)));
    }

    private Section card(PracticeEntry e) {
        Section card = new Section();
        card.addClassName("module");
        card.add(new H3(e.learnerName() + " · " + e.date() + " · " + e.hours().stripTrailingZeros().toPlainString() + " h"),
                new Paragraph(e.mode().label() + (e.sessions() > 0 ? ", " + e.sessions() + " supervised patient sessions" : "")
                        + " · " + e.training()),
                new Paragraph("Regions: " + e.regionLabels(regionLabels)));
        if (e.note() != null) {
            card.add(new Paragraph("Note: " + e.note()));
        }
        if (e.corrects() != null) {
            card.add(new Paragraph("Corrects entry " + e.corrects() + "."));
        }
        TextArea comment = new TextArea("Comment (to return it)");
        comment.setMaxLength(500);
        comment.setWidth("28rem");
        comment.setMaxWidth("100%");
        Button sign = new Button("Countersign", click -> act(() -> log.countersign(e.id()), "Countersigned: it now counts."));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button back = new Button("Return with comment", click -> act(() -> log.returnEntry(e.id(), comment.getValue()),
                "Returned to " + e.learnerName() + "."));
        HorizontalLayout buttons = new HorizontalLayout(sign, back);
        buttons.addClassName("wrap-row");
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(comment, buttons, new Paragraph(PracticeView.status(e)));
        return card;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START);
        } catch (InvalidInputException ex) {
            Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        refresh();
    }
}
