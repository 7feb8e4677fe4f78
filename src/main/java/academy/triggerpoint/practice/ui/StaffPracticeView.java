package academy.triggerpoint.practice.ui;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.practice.Observation;
import academy.triggerpoint.practice.Observations;
import academy.triggerpoint.practice.PracticeLog;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The manager's view of practical readiness: each person's countersigned hours and sessions, and per
 * jurisdiction whether they are cleared to needle there (every safety-critical competency in date and
 * the jurisdiction's practical rules met) or what is missing. Filters by jurisdiction and outcome;
 * appoints supervisors; exports the same as CSV.
 */
@Route("manager/practice")
@PageTitle("Practical training of my staff · Trigger Point Academy")
@RolesAllowed("MANAGER")
public class StaffPracticeView extends VerticalLayout {

    private record Row(StaffMember member, PracticeTotals totals, List<Jurisdictions.Standing> standings, List<Observation> observed,
                       boolean supervisor) {
    }

    private final PracticeLog log;
    private final Observations observations;
    private final Jurisdictions jurisdictions;
    private final StaffDirectory staff;
    private final Organisations organisations;
    private final Grid<Row> grid = new Grid<>();
    private final Select<JurisdictionDefinition> where = new Select<>();
    private final Select<String> outcome = new Select<>();

    public StaffPracticeView(PracticeLog log, Observations observations, Jurisdictions jurisdictions, StaffDirectory staff, Organisations organisations) {
        this.log = log;
        this.observations = observations;
        this.jurisdictions = jurisdictions;
        this.staff = staff;
        this.organisations = organisations;
        where.setLabel("Jurisdiction");
        where.setItems(jurisdictions.all());
        where.setItemLabelGenerator(j -> j == null ? "Any jurisdiction" : j.name());
        where.setEmptySelectionAllowed(true);
        where.setEmptySelectionCaption("Any jurisdiction");
        outcome.setLabel("Cleared to needle");
        outcome.setItems("Everyone", "Cleared", "Not cleared");
        outcome.setValue("Everyone");
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
        grid.setAllRowsVisible(true);
        add(new Anchor("manager", "← Team competency"), new H1("Practical training of my staff"),
                new Paragraph("Cleared to needle in a jurisdiction: every safety-critical competency in date and that "
                        + "jurisdiction's rules met (countersigned in-person hours and supervised sessions, years licensed, "
                        + "attestations, passed observations of the practicals it names). Each person records the jurisdictions where they practise."), filters, grid);
        refresh();
    }

    private static String hours(PracticeTotals t, PracticeMode mode) {
        return t.hours(mode).stripTrailingZeros().toPlainString();
    }

    private static Div observed(Row r) {
        Div box = new Div();
        if (r.observed().isEmpty()) {
            box.add(new Span("None observed"));
        }
        for (Observation o : r.observed()) {
            Span line = new Span(o.passed() ? "✓ " + o.practicalTitle() + ", passed " + o.observedOn() + " (until " + o.validUntil() + ")"
                    : "✗ " + o.practicalTitle() + ", not passed " + o.observedOn());
            line.addClassName(o.passed() ? "status-achieved" : "status-needs-remediation");
            box.add(new Div(line));
        }
        return box;
    }

    private static Div standing(Row r) {
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

    private void refresh() {
        Map<Long, PracticeTotals> totals = log.totalsOfMyStaff();
        Map<Long, List<Jurisdictions.Standing>> standings = jurisdictions.ofMyStaff();
        Map<Long, List<Observation>> observed = observations.latestOfMyStaff();
        Set<Long> supervisors = staff.supervisorsOfMyOrganisation().stream().map(StaffMember::accountId).collect(Collectors.toSet());
        JurisdictionDefinition in = where.getValue();
        String wanted = outcome.getValue();
        List<Row> rows = staff.myStaff().stream().map(m -> new Row(m, totals.getOrDefault(m.accountId(), PracticeTotals.NONE),
                        standings.getOrDefault(m.accountId(), List.of()), observed.getOrDefault(m.accountId(), List.of()),
                        supervisors.contains(m.accountId())))
                .filter(r -> matches(r, in, wanted)).toList();
        grid.setItems(rows);
    }

    private static boolean matches(Row r, JurisdictionDefinition in, String wanted) {
        List<Jurisdictions.Standing> relevant = r.standings().stream().filter(s -> in == null || s.rules().code().equals(in.code()))
                .toList();
        if (in != null && relevant.isEmpty()) {
            return false;
        }
        return switch (wanted == null ? "Everyone" : wanted) {
            case "Cleared" -> !relevant.isEmpty() && relevant.stream().allMatch(s -> s.eligibility().eligible());
            case "Not cleared" -> relevant.isEmpty() || relevant.stream().anyMatch(s -> !s.eligibility().eligible());
            default -> true;
        };
    }
}
