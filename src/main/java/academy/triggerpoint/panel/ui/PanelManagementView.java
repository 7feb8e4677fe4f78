package academy.triggerpoint.panel.ui;

import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.panel.ExpertPanels;
import academy.triggerpoint.panel.PanelAgreement;
import academy.triggerpoint.panel.PanelMember;
import academy.triggerpoint.panel.PanelReport;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * For authors: a course's expert panel. Enlist panellists, see who has answered, and for each
 * script-concordance item the panel's answers, the key they make, whether it is still provisional,
 * the items the panel disagrees on, and the panellists' comments.
 */
@Route("authoring/expert-panels")
@PageTitle("Expert panels · Trigger Point Academy")
@Menu(title = "Expert panels", order = 73, icon = "vaadin:user-star")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class PanelManagementView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final ExpertPanels panels;
    private final ComboBox<String> course = new ComboBox<>("Course");
    private final Div report = new Div();

    public PanelManagementView(ExpertPanels panels, CourseArchives archives) {
        this.panels = panels;
        Map<String, String> courses = archives.courses();
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(id -> courses.get(id) + " (" + id + ")");
        course.setWidth("32rem");
        course.setMaxWidth("100%");
        course.addValueChangeListener(e -> show());
        report.setWidthFull();
        add(new H1("Expert panels"), new Paragraph("A script-concordance item is scored against the answers of practising "
                + "clinicians. Enlist 10 to 20 experts per course; each answers every item once, without seeing a key. "
                + "Until an item has 10 answers it is provisional: learners get the panel's feedback but no points, "
                + "and it cannot fail an attempt. Attempts already graded keep their score until you regrade them."),
                course, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("course").ifPresent(course::setValue);
    }

    private void show() {
        report.removeAll();
        if (course.getValue() == null) {
            return;
        }
        String courseId = course.getValue();
        PanelReport panel = panels.report(courseId);
        report.add(new H2("Panellists"), invitation(courseId), members(panel));
        long provisional = panel.items().stream().filter(PanelReport.ItemPanel::provisional).count();
        long demonstration = panel.items().stream().filter(PanelReport.ItemPanel::demonstration).count();
        report.add(new H2("Items"), new Paragraph(Counts.of(panel.items().size(), "script-concordance item") + ", "
                + provisional + " provisional (fewer than " + panel.minimumPanel() + " answers)"
                + (demonstration == 0 ? "." : ", " + demonstration + " keyed by demonstration counts (demo profile only).")));
        panel.items().forEach(item -> report.add(item(item, panel.minimumPanel())));
    }

    private HorizontalLayout invitation(String courseId) {
        TextField name = new TextField("Full name");
        name.setWidth("16rem");
        name.setMaxWidth("100%");
        EmailField email = new EmailField("Email");
        email.setWidth("18rem");
        email.setMaxWidth("100%");
        Button invite = new Button("Invite to the panel", e -> {
            PanelMember member = panels.invite(courseId, name.getValue(), email.getValue());
            Notification.show(member.fullName() + " is on the panel as " + member.label() + "; the invitation is on its way.",
                    6000, Notification.Position.BOTTOM_START);
            show();
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, email, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("wrap-row");
        return form;
    }

    private static Grid<PanelMember> members(PanelReport panel) {
        Grid<PanelMember> grid = new Grid<>();
        grid.addColumn(PanelMember::label).setHeader("Pseudonym").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PanelMember::fullName).setHeader("Name");
        grid.addColumn(PanelMember::email).setHeader("Email");
        grid.addColumn(m -> m.answers() + " of " + panel.items().size()).setHeader("Answered").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> DAY.format(m.invitedAt())).setHeader("Enlisted").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(panel.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static Section item(PanelReport.ItemPanel item, int minimum) {
        Section box = new Section();
        box.addClassName("module");
        box.addClassName("panel-item");
        String status = item.demonstration() ? "No answers yet; in this demo the course file's invented counts ("
                + item.size() + ") stand in for the panel"
                : item.size() == 0 ? "No answers yet: provisional"
                : item.provisional() ? "Provisional: " + item.size() + " of " + minimum + " answers"
                : "Keyed by " + Counts.of(item.size(), "panel answer");
        box.add(new H3(item.itemId() + (item.caseTitle() == null ? "" : " · " + item.caseTitle())),
                new Paragraph(status + (item.agreement() == PanelAgreement.TOO_FEW ? "" : " · " + item.agreement().description())),
                new Paragraph("If you were thinking of " + item.hypothesis() + " and then you find " + item.finding() + " …"));
        if (item.agreement() == PanelAgreement.BIMODAL || item.agreement() == PanelAgreement.SCATTERED) {
            box.addClassName("panel-disagrees");
        }
        UnorderedList distribution = new UnorderedList();
        distribution.addClassName("panel-distribution");
        int most = item.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < 5; i++) {
            int n = item.counts().get(i);
            Span bar = new Span();
            bar.addClassName("branch-bar");
            bar.setWidth((most == 0 ? 1 : Math.max(1, n * 160 / most)) + "px");
            double credit = item.keyed().get(i);
            distribution.add(new ListItem(bar, new Span(n + " · " + item.scaleLabels().get(i)
                    + (item.size() == 0 ? "" : " · scores " + Math.round(credit * 100) + "%"))));
        }
        box.add(distribution);
        if (item.earlierAnswers() > 0) {
            box.add(new Paragraph(Counts.of(item.earlierAnswers(), "answer") + " to an earlier wording of this item no "
                    + "longer count."));
        }
        if (!item.comments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            item.comments().forEach(c -> comments.add(new ListItem(c.panellist() + " (" + (c.answer() > 0 ? "+" : "")
                    + c.answer() + "): " + c.text())));
            box.add(new Paragraph("Comments"), comments);
        }
        return box;
    }
}
