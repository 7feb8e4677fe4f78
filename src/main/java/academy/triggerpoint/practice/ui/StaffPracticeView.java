package academy.triggerpoint.practice.ui;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.practice.Jurisdictions.PracticalQuery;
import academy.triggerpoint.practice.Jurisdictions.StaffPractical;
import academy.triggerpoint.practice.PracticalStatus;
import academy.triggerpoint.practice.PracticeMode;
import academy.triggerpoint.practice.PracticeTotals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/**
 * The manager's view of practical readiness: each person's countersigned hours and sessions, and per
 * jurisdiction whether they are cleared to needle there (every safety-critical competency in date and
 * the jurisdiction's practical rules met) or what is missing. Filters by jurisdiction and outcome;
 * appoints supervisors; exports the same as CSV. Pages of 50, each read in a few set queries over
 * the organisation, so the page stays quick with 10,000 staff.
 */
@Route("manager/practice")
@PageTitle("Practical training of my staff · Trigger Point Academy")
@RolesAllowed("MANAGER")
public class StaffPracticeView extends VerticalLayout {

    private static final int PAGE = 50;

    private final Jurisdictions jurisdictions;
    private final Organisations organisations;
    private final Grid<StaffPractical> grid = new Grid<>();
    private final Select<JurisdictionDefinition> where = new Select<>();
    private final Select<PracticalQuery.Cleared> outcome = new Select<>();
    private final Paragraph count = new Paragraph();

    public StaffPracticeView(Jurisdictions jurisdictions, Organisations organisations) {
        this.jurisdictions = jurisdictions;
        this.organisations = organisations;
        where.setLabel("Jurisdiction");
        where.setItems(jurisdictions.all());
        where.setItemLabelGenerator(j -> j == null ? "Any jurisdiction" : j.name());
        where.setEmptySelectionAllowed(true);
        where.setEmptySelectionCaption("Any jurisdiction");
        outcome.setLabel("Cleared to needle");
        outcome.setItems(PracticalQuery.Cleared.values());
        outcome.setItemLabelGenerator(c -> switch (c) {
            case EVERYONE -> "Everyone";
            case CLEARED -> "Cleared";
            case NOT_CLEARED -> "Not cleared";
        });
        outcome.setValue(PracticalQuery.Cleared.EVERYONE);
        where.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = jurisdictions.exportMyStaff();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "practical-training.csv", "text/csv", bytes.length);
        }), "Practical training (CSV)");
        csv.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(where, outcome, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("wrap-row");
        grid.addColumn(r -> r.member().fullName()).setHeader("Name").setAutoWidth(true);
        grid.addColumn(r -> hours(r.totals(), PracticeMode.ONLINE_THEORY)).setHeader("Online theory h").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.totals().inPersonHours().stripTrailingZeros().toPlainString()).setHeader("In-person h").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.totals().supervisedSessions()).setHeader("Sessions").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(StaffPracticeView::observed).setHeader("Observed practicals").setFlexGrow(2)
                .setKey("observed");
        grid.addComponentColumn(StaffPracticeView::standing).setHeader("Cleared to needle, by jurisdiction").setFlexGrow(3)
                .setKey("standing");
        grid.addComponentColumn(r -> new Button(r.supervisor() ? "End supervisor role" : "Make supervisor", e -> {
            organisations.appointSupervisor(r.member().accountId(), !r.supervisor());
            Notification.show(r.member().fullName() + (r.supervisor() ? " is no longer a supervisor." : " is a supervisor from their "
                    + "next sign-in."), 5000, Notification.Position.BOTTOM_START);
            refresh();
        })).setHeader("Supervisor").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE);
        grid.setHeight("70vh");
        add(new Anchor("manager", "← Team competency"), new H1("Practical training of my staff"),
                new Paragraph("Cleared to needle in a jurisdiction: every safety-critical competency in date and that "
                        + "jurisdiction's rules met (countersigned in-person hours and supervised sessions, years licensed, "
                        + "attestations, passed observations of the practicals it names). Each person records the jurisdictions where they practise."),
                filters, count, grid);
        refresh();
    }

    private static String hours(PracticeTotals t, PracticeMode mode) {
        return t.hours(mode).stripTrailingZeros().toPlainString();
    }

    private static Div observed(StaffPractical r) {
        Div box = new Div();
        if (r.observed().isEmpty()) {
            box.add(new Span("None observed"));
        }
        for (PracticalStatus o : r.observed()) {
            Span line = new Span(o.passed() ? "✓ " + o.title() + ", passed " + o.observedOn() + " (until " + o.validUntil() + ")"
                    : "✗ " + o.title() + ", not passed " + o.observedOn());
            line.addClassName(o.passed() ? "status-achieved" : "status-needs-remediation");
            box.add(new Div(line));
        }
        return box;
    }

    private static Div standing(StaffPractical r) {
        Div box = new Div();
        if (r.standings().isEmpty()) {
            box.add(new Span("No jurisdiction recorded"));
        }
        for (Jurisdictions.Standing s : r.standings()) {
            Span line = new Span(s.eligibility().eligible() ? "✓ " + s.rules().name() + ": cleared" : "✗ " + s.eligibility().summary());
            line.addClassName(s.eligibility().eligible() ? "status-achieved" : "status-not-cleared");
            box.add(new Div(line));
        }
        return box;
    }

    /** The grid reads page by page, one service call each; the first page also says how many people match. */
    private void refresh() {
        PracticalQuery query = new PracticalQuery(where.getValue() == null ? null : where.getValue().code(), outcome.getValue());
        grid.setItems(q -> {
            Jurisdictions.PracticalPage page = jurisdictions.myStaffPractical(query, q.getOffset(), q.getLimit());
            if (q.getOffset() == 0) {
                count.setText(page.total() + (page.total() == 1 ? " person" : " people"));
            }
            return page.rows().stream();
        });
    }
}
