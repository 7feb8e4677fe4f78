package academy.triggerpoint.panel.ui;

import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.panel.ExpertPanels;
import academy.triggerpoint.panel.PanelAgreement;
import academy.triggerpoint.panel.PanelMember;
import academy.triggerpoint.panel.PanelReport;
import academy.triggerpoint.shared.i18n.LocalFormats;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * For authors: a course's expert panel. Enlist panellists, see who has answered, and for each
 * script-concordance item the panel's answers, the key they make, whether it is still provisional,
 * the items the panel disagrees on, and the panellists' comments.
 */
@Route("authoring/expert-panels")
@Menu(title = "panel.menu.expert-panels", order = 73, icon = "vaadin:user-star")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class PanelManagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertPanels panels;
    private final ComboBox<String> course = new ComboBox<>(getTranslation("panel.management.course"));
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
        add(new H1(getTranslation("panel.management.title")), new Paragraph(getTranslation("panel.management.intro")),
                course, report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.management.page-title");
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
        report.add(new H2(getTranslation("panel.management.panellists")), invitation(courseId), members(panel));
        long provisional = panel.items().stream().filter(PanelReport.ItemPanel::provisional).count();
        long demonstration = panel.items().stream().filter(PanelReport.ItemPanel::demonstration).count();
        report.add(new H2(getTranslation("panel.management.items")), new Paragraph(demonstration == 0
                ? getTranslation("panel.management.items.summary", panel.items().size(), provisional, panel.minimumPanel())
                : getTranslation("panel.management.items.summary-with-demonstration", panel.items().size(), provisional,
                        panel.minimumPanel(), demonstration)));
        panel.items().forEach(item -> report.add(item(item, panel.minimumPanel())));
    }

    private HorizontalLayout invitation(String courseId) {
        TextField name = new TextField(getTranslation("panel.management.invite.name"));
        name.setWidth("16rem");
        name.setMaxWidth("100%");
        EmailField email = new EmailField(getTranslation("panel.management.email"));
        email.setWidth("18rem");
        email.setMaxWidth("100%");
        Button invite = new Button(getTranslation("panel.management.invite"), e -> {
            PanelMember member = panels.invite(courseId, name.getValue(), email.getValue());
            Notification.show(getTranslation("panel.management.invited", member.fullName(), member.label()),
                    6000, Notification.Position.BOTTOM_START);
            show();
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, email, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("wrap-row");
        return form;
    }

    private Grid<PanelMember> members(PanelReport panel) {
        Grid<PanelMember> grid = new Grid<>();
        grid.addColumn(PanelMember::label).setHeader(getTranslation("panel.management.column.pseudonym")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PanelMember::fullName).setHeader(getTranslation("panel.management.column.name"));
        grid.addColumn(PanelMember::email).setHeader(getTranslation("panel.management.email"));
        grid.addColumn(m -> getTranslation("panel.management.answered", m.answers(), panel.items().size()))
                .setHeader(getTranslation("panel.management.column.answered")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> LocalFormats.shortDate(LocalDate.ofInstant(m.invitedAt(), ZoneOffset.UTC), getLocale()))
                .setHeader(getTranslation("panel.management.column.enlisted")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(panel.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Section item(PanelReport.ItemPanel item, int minimum) {
        Section box = new Section();
        box.addClassName("module");
        box.addClassName("panel-item");
        String status = item.demonstration() ? getTranslation("panel.management.item.demonstration", item.size())
                : item.size() == 0 ? getTranslation("panel.management.item.no-answers")
                : item.provisional() ? getTranslation("panel.management.item.provisional", item.size(), minimum)
                : getTranslation("panel.management.item.keyed", item.size());
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
            distribution.add(new ListItem(bar, new Span(n + " · " + item.scaleLabels().get(i) + (item.size() == 0 ? ""
                    : " · " + getTranslation("panel.management.item.credit", Math.round(credit * 100))))));
        }
        box.add(distribution);
        if (item.earlierAnswers() > 0) {
            box.add(new Paragraph(getTranslation("panel.management.item.earlier-answers", item.earlierAnswers())));
        }
        if (!item.comments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            item.comments().forEach(c -> comments.add(new ListItem(c.panellist() + " (" + (c.answer() > 0 ? "+" : "")
                    + c.answer() + "): " + c.text())));
            box.add(new Paragraph(getTranslation("panel.management.item.comments")), comments);
        }
        return box;
    }
}
