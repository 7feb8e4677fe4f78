package academy.triggerpoint.practice.ui;

import academy.triggerpoint.practice.PracticeEntry;
import academy.triggerpoint.practice.PracticeLog;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * For supervisors: the practical entries that name them, oldest first, each countersigned (it then
 * counts and never changes) or returned with a comment saying what to correct. Sized for a tablet.
 */
@Route("countersign")
@Menu(title = "practice.menu.countersign", order = 13, icon = "vaadin:check-square-o")
@RolesAllowed("SUPERVISOR")
public class CountersignView extends VerticalLayout implements HasDynamicTitle {

    private final PracticeLog log;
    private final Div pending = new Div();
    private final java.util.Map<String, String> regionLabels;

    public CountersignView(PracticeLog log) {
        this.log = log;
        this.regionLabels = log.bodyRegions();
        add(new H1(getTranslation("practice.countersign.heading")), new Paragraph(getTranslation("practice.countersign.intro")), pending);
        pending.setWidthFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.countersign.page-title");
    }

    private void refresh() {
        pending.removeAll();
        List<PracticeEntry> entries = log.awaitingMySignature();
        if (entries.isEmpty()) {
            pending.add(new Paragraph(getTranslation("practice.countersign.none")));
        }
        entries.forEach(e -> pending.add(card(e)));
    }

    private Section card(PracticeEntry e) {
        Section card = new Section();
        card.addClassName("module");
        card.add(new H2(getTranslation("practice.countersign.entry", e.learnerName(), PracticeView.dateText(this, e.date()), e.hours())),
                new Paragraph(e.sessions() > 0
                        ? getTranslation("practice.countersign.mode-and-sessions", PracticeTexts.mode(this, e.mode()), e.sessions(), e.training())
                        : getTranslation("practice.countersign.mode", PracticeTexts.mode(this, e.mode()), e.training())),
                new Paragraph(getTranslation("practice.countersign.regions", e.regionLabels(regionLabels))));
        if (e.note() != null) {
            card.add(new Paragraph(getTranslation("practice.countersign.note", e.note())));
        }
        if (e.corrects() != null) {
            card.add(new Paragraph(getTranslation("practice.countersign.corrects", String.valueOf(e.corrects()))));
        }
        TextArea comment = new TextArea(getTranslation("practice.countersign.comment"));
        comment.setMaxLength(500);
        comment.setWidth("28rem");
        comment.setMaxWidth("100%");
        Button sign = new Button(getTranslation("practice.countersign.sign"), click -> act(() -> log.countersign(e.id()),
                getTranslation("practice.countersign.signed")));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button back = new Button(getTranslation("practice.countersign.return"), click -> act(() -> log.returnEntry(e.id(), comment.getValue()),
                getTranslation("practice.countersign.returned", e.learnerName())));
        HorizontalLayout buttons = new HorizontalLayout(sign, back);
        buttons.addClassName("wrap-row");
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(comment, buttons, new Paragraph(PracticeView.status(e, getLocale())));
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
