package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.TimeAccommodationLine;
import academy.triggerpoint.assessment.TimeAccommodations;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Extended time for learners with a documented accommodation (WCAG 2.2.1): an administrator for
 * anyone, a manager for their own staff. Pick the person, the extra time (or no time limit), name the
 * document it rests on, save; the list shows who has what and lets it be ended.
 */
@Route("accommodations")
@Menu(title = "assessment.menu.accommodations", order = 85, icon = "vaadin:clock")
@RolesAllowed({"ADMIN", "MANAGER"})
public class TimeAccommodationsView extends VerticalLayout implements HasDynamicTitle {

    /** The extra-time choice: a percentage, or -1 for no time limit. */
    private static final int WAIVED = -1;

    private final TimeAccommodations accommodations;
    private final Grid<TimeAccommodationLine> grid = new Grid<>();

    public TimeAccommodationsView(TimeAccommodations accommodations) {
        this.accommodations = accommodations;
        ComboBox<TimeAccommodations.Person> person = new ComboBox<>(getTranslation("assessment.accommodations.person"));
        person.setItems(query -> accommodations.candidates(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(p -> p.name() + " (" + p.email() + ")");
        person.setRequiredIndicatorVisible(true);
        person.setHelperText(getTranslation("assessment.accommodations.person.helper"));

        List<Integer> choices = new ArrayList<>(TimeAccommodations.USUAL_EXTRA_PERCENT);
        choices.add(WAIVED);
        Select<Integer> extra = new Select<>();
        extra.setLabel(getTranslation("assessment.accommodations.extra"));
        extra.setItems(choices);
        extra.setItemLabelGenerator(this::describe);
        extra.setValue(50);

        TextField note = new TextField(getTranslation("assessment.accommodations.note"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(200);
        note.setPlaceholder(getTranslation("assessment.accommodations.note.placeholder"));
        note.setHelperText(getTranslation("assessment.accommodations.note.helper"));
        note.setWidthFull();
        note.setMaxWidth("24rem");
        person.setWidthFull();
        person.setMaxWidth("20rem");

        Button save = new Button(getTranslation("assessment.accommodations.save"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("assessment.accommodations.person.missing"));
                return;
            }
            int choice = extra.getValue();
            TimeAccommodationLine line = accommodations.set(person.getValue().accountId(), Math.max(choice, 0),
                    choice == WAIVED, note.getValue());
            Notification.show(getTranslation("assessment.accommodations.saved", line.name(), describe(line)));
            person.clear();
            note.clear();
            // Cleared for the next person, not wrong: no red until they try to save again.
            person.setInvalid(false);
            note.setInvalid(false);
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(person, extra, note, save);
        form.setWrap(true);
        form.setWidthFull();
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(TimeAccommodationLine::name).setHeader(getTranslation("assessment.accommodations.person"))
                .setAutoWidth(true);
        grid.addColumn(this::describe).setHeader(getTranslation("assessment.accommodations.extra")).setAutoWidth(true);
        grid.addColumn(TimeAccommodationLine::note).setHeader(getTranslation("assessment.accommodations.note")).setFlexGrow(1);
        grid.addColumn(l -> l.setBy() + ", " + LocalFormats.shortDate(LocalDate.ofInstant(l.setAt(), ZoneOffset.UTC), getLocale()))
                .setHeader(getTranslation("assessment.accommodations.set-by")).setAutoWidth(true);
        String endLabel = getTranslation("assessment.accommodations.end");
        grid.addComponentColumn(l -> {
            Button end = new Button(endLabel, e -> {
                accommodations.remove(l.accountId());
                Notification.show(getTranslation("assessment.accommodations.ended", l.name()));
                refresh();
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            end.setAriaLabel(getTranslation("assessment.accommodations.end.aria-label", l.name()));
            return end;
        }).setHeader(endLabel).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("assessment.accommodations.empty"));

        add(new H1(getTranslation("assessment.accommodations.title")),
                new Paragraph(getTranslation("assessment.accommodations.intro")),
                form, new H2(getTranslation("assessment.accommodations.list")), grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.accommodations.page-title");
    }

    private String describe(int choice) {
        return choice == WAIVED ? getTranslation("assessment.no-time-limit")
                : getTranslation("assessment.accommodations.extra-percent", choice);
    }

    private String describe(TimeAccommodationLine line) {
        return describe(line.waived() ? WAIVED : line.extraPercent());
    }

    private void refresh() {
        grid.setItems(accommodations.list());
    }
}
