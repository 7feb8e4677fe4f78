package academy.triggerpoint.competency.ui;

import academy.triggerpoint.certification.CertificateSummary;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.AssignmentState;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.PersonReport;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/**
 * A manager's drill-down on one member of their organisation: competencies with dates, courses,
 * attempts and scores, safety-critical misses (which case, which stage), certificates with expiry
 * and downloads, and assignments. Anyone outside the organisation is "not found".
 */
@Route("manager/people/:accountId")
@RolesAllowed("MANAGER")
public class StaffMemberView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompetencyDashboard dashboard;
    private final Assignments assignments;
    private long accountId;
    private String memberName;

    public StaffMemberView(CompetencyDashboard dashboard, Assignments assignments) {
        this.dashboard = dashboard;
        this.assignments = assignments;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        accountId = event.getRouteParameters().getLong("accountId").orElse(-1L);
        show(dashboard.person(accountId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.staff-member.page-title");
    }

    private void show(PersonReport r) {
        removeAll();
        var m = r.member();
        memberName = m.fullName();
        Paragraph who = new Paragraph(String.join(" · ", List.of(m.email(),
                m.licenceNumber() == null ? getTranslation("competency.staff-member.no-licence")
                        : getTranslation("competency.staff-member.licence", m.licenceNumber()),
                m.jurisdiction() == null ? "" : m.jurisdiction(), m.teamName().isEmpty() ? getTranslation("competency.staff-member.no-team")
                        : getTranslation("competency.staff-member.team", m.teamName()))
                .stream().filter(s -> !s.isEmpty()).toList()));
        add(new Anchor("manager", getTranslation("competency.staff-member.back")), new H1(m.fullName()), who,
                StatusBadge.cleared(r.cleared()));

        String course = getTranslation("competency.staff-member.course");
        String status = getTranslation("competency.staff-member.status");
        String validUntil = getTranslation("competency.staff-member.valid-until");
        String doesNotExpire = getTranslation("competency.staff-member.does-not-expire");
        Grid<PersonReport.CompetencyLine> competencies = grid();
        competencies.addColumn(l -> l.competency().safetyCritical() ? getTranslation("competency.safety-critical", l.competency().title())
                        : l.competency().title())
                .setHeader(getTranslation("competency.staff-member.competency")).setAutoWidth(true);
        competencies.addComponentColumn(l -> StatusBadge.of(l.status())).setHeader(status).setAutoWidth(true);
        competencies.addColumn(l -> date(l.achievedAt())).setHeader(getTranslation("competency.staff-member.achieved"));
        competencies.addColumn(l -> l.expiresAt() == null ? (l.achievedAt() == null ? "" : doesNotExpire)
                : date(l.expiresAt())).setHeader(validUntil);
        competencies.setItems(r.competencies());
        add(new H2(getTranslation("competency.staff-member.competencies")), competencies);

        add(new H2(getTranslation("competency.staff-member.critical-misses")));
        if (r.criticalMisses().isEmpty()) {
            add(new Paragraph(getTranslation("competency.staff-member.critical-misses.none")));
        } else {
            UnorderedList misses = new UnorderedList();
            misses.addClassName("critical-misses");
            r.criticalMisses().forEach(miss -> misses.add(new ListItem(new Span(miss.stage().isEmpty()
                    ? getTranslation("competency.staff-member.critical-miss", date(miss.at()), miss.course(), miss.where(), miss.miss())
                    : getTranslation("competency.staff-member.critical-miss.at-stage", date(miss.at()), miss.course(), miss.where(),
                            miss.stage(), miss.miss())))));
            add(misses);
        }

        Grid<PersonReport.AssignmentLine> assigned = grid();
        assigned.addColumn(PersonReport.AssignmentLine::courseTitle).setHeader(course).setAutoWidth(true);
        assigned.addColumn(a -> LocalFormats.shortDate(a.dueOn(), getLocale())).setHeader(getTranslation("competency.staff-member.due"));
        assigned.addColumn(a -> getTranslation(StatusTexts.label(a.state()))).setHeader(getTranslation("competency.staff-member.state"));
        assigned.addColumn(PersonReport.AssignmentLine::origin).setHeader(getTranslation("competency.staff-member.assigned-by"));
        assigned.addComponentColumn(this::cancelButton).setHeader("").setKey("cancel");
        assigned.setItems(r.assignments());
        add(new H2(getTranslation("competency.staff-member.assignments")), r.assignments().isEmpty()
                ? new Paragraph(getTranslation("competency.staff-member.assignments.none")) : assigned);

        Grid<PersonReport.CourseLine> courses = grid();
        courses.addColumn(PersonReport.CourseLine::title).setHeader(course).setAutoWidth(true);
        courses.addColumn(c -> date(c.enrolledAt())).setHeader(getTranslation("competency.staff-member.enrolled"));
        courses.addColumn(c -> c.completedAt() == null ? getTranslation("competency.staff-member.not-yet") : date(c.completedAt()))
                .setHeader(getTranslation("competency.staff-member.completed"));
        courses.setItems(r.courses());
        add(new H2(getTranslation("competency.staff-member.courses")), r.courses().isEmpty()
                ? new Paragraph(getTranslation("competency.staff-member.courses.none")) : courses);

        Grid<PersonReport.AttemptEntry> attempts = grid();
        attempts.addColumn(PersonReport.AttemptEntry::what).setHeader(getTranslation("competency.staff-member.quiz-or-case"))
                .setAutoWidth(true);
        attempts.addColumn(a -> date(a.startedAt())).setHeader(getTranslation("competency.staff-member.started"));
        attempts.addColumn(a -> a.scorePercent() == null ? "" : getTranslation("competency.staff-member.score-percent", a.scorePercent()))
                .setHeader(getTranslation("competency.staff-member.score"));
        attempts.addColumn(a -> a.outcome() == null ? getTranslation("competency.staff-member.outcome.in-progress")
                : switch (a.outcome()) {
                    case "PASSED" -> getTranslation("competency.staff-member.outcome.passed");
                    case "FAILED_CRITICAL" -> getTranslation("competency.staff-member.outcome.failed-critical");
                    default -> getTranslation("competency.staff-member.outcome.failed");
                }).setHeader(getTranslation("competency.staff-member.outcome")).setAutoWidth(true);
        attempts.setItems(r.attempts());
        add(new H2(getTranslation("competency.staff-member.attempts")), r.attempts().isEmpty()
                ? new Paragraph(getTranslation("competency.staff-member.attempts.none")) : attempts);

        Grid<CertificateSummary> certificates = grid();
        certificates.addColumn(CertificateSummary::courseTitle).setHeader(course).setAutoWidth(true);
        certificates.addColumn(c -> date(c.issuedAt())).setHeader(getTranslation("competency.staff-member.issued"));
        certificates.addColumn(c -> c.expiresAt() == null ? doesNotExpire : date(c.expiresAt())).setHeader(validUntil);
        certificates.addColumn(c -> switch (c.status()) {
            case "VALID" -> c.expiresInDays() == null ? getTranslation("competency.staff-member.certificate.valid")
                    : getTranslation("competency.staff-member.certificate.expires-in", c.expiresInDays());
            case "EXPIRED" -> getTranslation("competency.staff-member.certificate.expired");
            case "REVOKED" -> getTranslation("competency.staff-member.certificate.revoked");
            default -> getTranslation("competency.staff-member.certificate.replaced");
        }).setHeader(status).setAutoWidth(true);
        certificates.addComponentColumn(c -> {
            Anchor pdf = new Anchor("certificate-files/" + c.code() + ".pdf", "PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.getElement().setAttribute("router-ignore", true);
            return pdf;
        }).setHeader("");
        certificates.setItems(r.certificates());
        add(new H2(getTranslation("competency.staff-member.certificates")), r.certificates().isEmpty()
                ? new Paragraph(getTranslation("competency.staff-member.certificates.none")) : certificates);
    }

    private String date(Instant instant) {
        return StatusBadge.date(instant, getLocale());
    }

    private Component cancelButton(PersonReport.AssignmentLine line) {
        if (line.state() == AssignmentState.COMPLETED || line.state() == AssignmentState.CANCELLED) {
            return new Span();
        }
        Button cancel = new Button(getTranslation("competency.staff-member.cancel"), e -> confirmCancel(line));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.setAriaLabel(getTranslation("competency.staff-member.cancel.aria-label", line.courseTitle()));
        return cancel;
    }

    /** A cancelled assignment stops the reminders and leaves the overdue count, so it is confirmed. */
    private void confirmCancel(PersonReport.AssignmentLine line) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("competency.staff-member.cancel.header", line.courseTitle(), memberName));
        confirm.setText(getTranslation("competency.staff-member.cancel.text", memberName, line.courseTitle(),
                LocalFormats.date(line.dueOn(), getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("competency.staff-member.cancel.keep"));
        confirm.setConfirmText(getTranslation("competency.staff-member.cancel.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            assignments.cancel(line.id());
            show(dashboard.person(accountId));
        });
        confirm.open();
    }

    private static <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addClassName("compact-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
