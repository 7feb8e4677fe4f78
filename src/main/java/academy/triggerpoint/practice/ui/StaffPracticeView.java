package academy.triggerpoint.practice.ui;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.practice.Jurisdictions.PracticalQuery;
import academy.triggerpoint.practice.Jurisdictions.StaffPractical;
import academy.triggerpoint.practice.PracticalStatus;
import academy.triggerpoint.practice.PracticeMode;
import academy.triggerpoint.shared.i18n.LocalFormats;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed("MANAGER")
public class StaffPracticeView extends VerticalLayout implements HasDynamicTitle {

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
        String anyJurisdiction = getTranslation("practice.staff-practice.any-jurisdiction");
        where.setLabel(getTranslation("practice.staff-practice.jurisdiction"));
        where.setItems(jurisdictions.all());
        where.setItemLabelGenerator(j -> j == null ? anyJurisdiction : j.name());
        where.setEmptySelectionAllowed(true);
        where.setEmptySelectionCaption(anyJurisdiction);
        outcome.setLabel(getTranslation("practice.staff-practice.cleared"));
        outcome.setItems(PracticalQuery.Cleared.values());
        outcome.setItemLabelGenerator(c -> switch (c) {
            case EVERYONE -> getTranslation("practice.staff-practice.cleared.everyone");
            case CLEARED -> getTranslation("practice.staff-practice.cleared.cleared");
            case NOT_CLEARED -> getTranslation("practice.staff-practice.cleared.not-cleared");
        });
        outcome.setValue(PracticalQuery.Cleared.EVERYONE);
        where.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = jurisdictions.exportMyStaff();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "practical-training.csv", "text/csv", bytes.length);
        }), getTranslation("practice.staff-practice.export"));
        csv.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(where, outcome, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("wrap-row");
        grid.addColumn(r -> r.member().fullName()).setHeader(getTranslation("practice.staff-practice.column.name")).setAutoWidth(true);
        grid.addColumn(r -> LocalFormats.number(r.totals().hours(PracticeMode.ONLINE_THEORY), getLocale()))
                .setHeader(getTranslation("practice.staff-practice.column.online-hours")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> LocalFormats.number(r.totals().inPersonHours(), getLocale()))
                .setHeader(getTranslation("practice.staff-practice.column.in-person-hours")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.totals().supervisedSessions()).setHeader(getTranslation("practice.staff-practice.column.sessions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(StaffPracticeView::observed).setHeader(getTranslation("practice.staff-practice.column.observed"))
                .setFlexGrow(2).setKey("observed");
        grid.addComponentColumn(StaffPracticeView::standing).setHeader(getTranslation("practice.staff-practice.column.standing"))
                .setFlexGrow(3).setKey("standing");
        grid.addComponentColumn(r -> new Button(r.supervisor() ? getTranslation("practice.staff-practice.supervisor.end")
                : getTranslation("practice.staff-practice.supervisor.make"), e -> {
            organisations.appointSupervisor(r.member().accountId(), !r.supervisor());
            Notification.show(r.supervisor() ? getTranslation("practice.staff-practice.supervisor.ended", r.member().fullName())
                    : getTranslation("practice.staff-practice.supervisor.made", r.member().fullName()), 5000,
                    Notification.Position.BOTTOM_START);
            refresh();
        })).setHeader(getTranslation("practice.staff-practice.column.supervisor")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE);
        grid.setHeight("70vh");
        add(new Anchor("manager", getTranslation("practice.staff-practice.back")), new H1(getTranslation("practice.staff-practice.heading")),
                new Paragraph(getTranslation("practice.staff-practice.intro")), filters, count, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.staff-practice.page-title");
    }

    private static Div observed(StaffPractical r) {
        Div box = new Div();
        if (r.observed().isEmpty()) {
            box.add(new Span(box.getTranslation("practice.staff-practice.observed.none")));
        }
        for (PracticalStatus o : r.observed()) {
            Span line = new Span(o.passed()
                    ? box.getTranslation("practice.staff-practice.observed.passed", o.title(), PracticeView.dateText(box, o.observedOn()),
                            PracticeView.dateText(box, o.validUntil()))
                    : box.getTranslation("practice.staff-practice.observed.not-passed", o.title(), PracticeView.dateText(box, o.observedOn())));
            line.addClassName(o.passed() ? "status-achieved" : "status-needs-remediation");
            box.add(new Div(line));
        }
        return box;
    }

    private static Div standing(StaffPractical r) {
        Div box = new Div();
        if (r.standings().isEmpty()) {
            box.add(new Span(box.getTranslation("practice.staff-practice.standing.none")));
        }
        for (Jurisdictions.Standing s : r.standings()) {
            Span line = new Span(s.eligibility().eligible() ? box.getTranslation("practice.staff-practice.standing.cleared", s.rules().name())
                    : "✗ " + s.eligibility().summary());
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
                count.setText(getTranslation("practice.staff-practice.count", page.total()));
            }
            return page.rows().stream();
        });
    }
}
