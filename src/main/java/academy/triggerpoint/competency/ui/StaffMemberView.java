package academy.triggerpoint.competency.ui;

import academy.triggerpoint.certification.CertificateSummary;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.AssignmentState;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.PersonReport;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A manager's drill-down on one member of their organisation: competencies with dates, courses,
 * attempts and scores, safety-critical misses (which case, which stage), certificates with expiry
 * and downloads, and assignments. Anyone outside the organisation is "not found".
 */
@Route("manager/people/:accountId")
@PageTitle("Staff member · Trigger Point Academy")
@RolesAllowed("MANAGER")
public class StaffMemberView extends VerticalLayout implements BeforeEnterObserver {

    private final CompetencyDashboard dashboard;
    private final Assignments assignments;
    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
            java.util.Locale.ENGLISH);
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

    private void show(PersonReport r) {
        removeAll();
        var m = r.member();
        memberName = m.fullName();
        Paragraph who = new Paragraph(String.join(" · ", List.of(m.email(),
                m.licenceNumber() == null ? "no licence number" : "Licence " + m.licenceNumber(),
                m.jurisdiction() == null ? "" : m.jurisdiction(), m.teamName().isEmpty() ? "No team" : "Team " + m.teamName())
                .stream().filter(s -> !s.isEmpty()).toList()));
        add(new Anchor("manager", "← Team competency"), new H1(m.fullName()), who, StatusBadge.cleared(r.cleared()));

        Grid<PersonReport.CompetencyLine> competencies = grid();
        competencies.addColumn(l -> l.competency().title() + (l.competency().safetyCritical() ? " (safety-critical)" : ""))
                .setHeader("Competency").setAutoWidth(true);
        competencies.addComponentColumn(l -> StatusBadge.of(l.status())).setHeader("Status").setAutoWidth(true);
        competencies.addColumn(l -> StatusBadge.date(l.achievedAt())).setHeader("Achieved");
        competencies.addColumn(l -> l.expiresAt() == null ? (l.achievedAt() == null ? "" : "Does not expire")
                : StatusBadge.date(l.expiresAt())).setHeader("Valid until");
        competencies.setItems(r.competencies());
        add(new H2("Competencies"), competencies);

        add(new H2("Safety-critical mistakes"));
        if (r.criticalMisses().isEmpty()) {
            add(new Paragraph("None recorded."));
        } else {
            UnorderedList misses = new UnorderedList();
            misses.addClassName("critical-misses");
            r.criticalMisses().forEach(miss -> misses.add(new ListItem(new Span(StatusBadge.date(miss.at()) + " · "
                    + miss.course() + " · " + miss.where() + (miss.stage().isEmpty() ? "" : " · stage " + miss.stage())
                    + ": " + miss.miss()))));
            add(misses);
        }

        Grid<PersonReport.AssignmentLine> assigned = grid();
        assigned.addColumn(PersonReport.AssignmentLine::courseTitle).setHeader("Course").setAutoWidth(true);
        assigned.addColumn(a -> DUE.format(a.dueOn())).setHeader("Due");
        assigned.addColumn(a -> a.state().label()).setHeader("State");
        assigned.addColumn(PersonReport.AssignmentLine::origin).setHeader("Assigned by");
        assigned.addComponentColumn(this::cancelButton).setHeader("").setKey("cancel");
        assigned.setItems(r.assignments());
        add(new H2("Assignments"), r.assignments().isEmpty() ? new Paragraph("No courses assigned.") : assigned);

        Grid<PersonReport.CourseLine> courses = grid();
        courses.addColumn(PersonReport.CourseLine::title).setHeader("Course").setAutoWidth(true);
        courses.addColumn(c -> StatusBadge.date(c.enrolledAt())).setHeader("Enrolled");
        courses.addColumn(c -> c.completedAt() == null ? "Not yet" : StatusBadge.date(c.completedAt())).setHeader("Completed");
        courses.setItems(r.courses());
        add(new H2("Courses"), r.courses().isEmpty() ? new Paragraph("Not enrolled on any course.") : courses);

        Grid<PersonReport.AttemptEntry> attempts = grid();
        attempts.addColumn(PersonReport.AttemptEntry::what).setHeader("Quiz or case").setAutoWidth(true);
        attempts.addColumn(a -> StatusBadge.date(a.startedAt())).setHeader("Started");
        attempts.addColumn(a -> a.scorePercent() == null ? "" : a.scorePercent().stripTrailingZeros().toPlainString() + "%")
                .setHeader("Score");
        attempts.addColumn(a -> a.outcome() == null ? "In progress" : switch (a.outcome()) {
            case "PASSED" -> "Passed";
            case "FAILED_CRITICAL" -> "Failed: safety-critical mistake";
            default -> "Failed";
        }).setHeader("Outcome").setAutoWidth(true);
        attempts.setItems(r.attempts());
        add(new H2("Attempts"), r.attempts().isEmpty() ? new Paragraph("No attempts yet.") : attempts);

        Grid<CertificateSummary> certificates = grid();
        certificates.addColumn(CertificateSummary::courseTitle).setHeader("Course").setAutoWidth(true);
        certificates.addColumn(c -> StatusBadge.date(c.issuedAt())).setHeader("Issued");
        certificates.addColumn(c -> c.expiresAt() == null ? "Does not expire" : StatusBadge.date(c.expiresAt()))
                .setHeader("Valid until");
        certificates.addColumn(c -> switch (c.status()) {
            case "VALID" -> c.expiresInDays() == null ? "Valid" : "Valid, expires in " + c.expiresInDays() + " days";
            case "EXPIRED" -> "Expired";
            case "REVOKED" -> "Revoked";
            default -> "Replaced";
        }).setHeader("Status").setAutoWidth(true);
        certificates.addComponentColumn(c -> {
            Anchor pdf = new Anchor("certificate-files/" + c.code() + ".pdf", "PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.getElement().setAttribute("router-ignore", true);
            return pdf;
        }).setHeader("");
        certificates.setItems(r.certificates());
        add(new H2("Certificates"), r.certificates().isEmpty() ? new Paragraph("No certificates yet.") : certificates);
    }

    private Component cancelButton(PersonReport.AssignmentLine line) {
        if (line.state() == AssignmentState.COMPLETED || line.state() == AssignmentState.CANCELLED) {
            return new Span();
        }
        Button cancel = new Button("Cancel…", e -> confirmCancel(line));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.setAriaLabel("Cancel the assignment of " + line.courseTitle());
        return cancel;
    }

    /** A cancelled assignment stops the reminders and leaves the overdue count, so it is confirmed. */
    private void confirmCancel(PersonReport.AssignmentLine line) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Cancel “" + line.courseTitle() + "” for " + memberName + "?");
        confirm.setText(memberName + " no longer has to complete “" + line.courseTitle() + "” by " + DUE.format(line.dueOn())
                + " and gets no more reminders about it. Their progress on the course stays.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep the assignment");
        confirm.setConfirmText("Cancel assignment");
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
