package academy.triggerpoint.competency;

import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.EnrolmentFact;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.shared.SpreadsheetCells;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV exports of the caller's organisation for a licensing audit: the competency matrix, course
 * completions and certificates with their public verification addresses. Rows are written to the
 * stream as they are produced, in chunks of people, so 10,000 staff never sit in memory as a file.
 * Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class CompetencyExports {

    /** The exports a manager can download. */
    public enum Kind {
        MATRIX("competency-matrix"), COMPLETIONS("completions"), CERTIFICATES("certificates");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName + ".csv";
        }
    }

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final int CHUNK = 500;

    private final CompetencyDashboard dashboard;
    private final StaffDirectory staff;
    private final CourseCompletions completions;
    private final CourseLibrary library;
    private final CertificateService certificates;

    CompetencyExports(CompetencyDashboard dashboard, StaffDirectory staff, CourseCompletions completions,
                      CourseLibrary library, CertificateService certificates) {
        this.dashboard = dashboard;
        this.staff = staff;
        this.completions = completions;
        this.library = library;
        this.certificates = certificates;
    }

    public void write(Kind kind, OutputStream out) {
        switch (kind) {
            case MATRIX -> writeMatrix(out);
            case COMPLETIONS -> writeCompletions(out);
            case CERTIFICATES -> writeCertificates(out);
        }
    }

    private void writeMatrix(OutputStream out) {
        List<CompetencyFramework.Competency> competencies = dashboard.framework().competencies();
        List<String> columns = new ArrayList<>(List.of("name", "email", "licence_number", "jurisdiction", "team",
                "cleared_to_needle"));
        competencies.forEach(c -> columns.add(c.id()));
        columns.addAll(List.of("next_expiry", "open_assignments", "overdue_assignments"));
        try (SequenceWriter rows = writer(columns, out)) {
            for (StaffRow r : dashboard.allRows(MatrixQuery.everyone())) {
                List<String> row = new ArrayList<>(List.of(cell(r.fullName()), cell(r.email()), cell(r.licenceNumber()),
                        cell(r.jurisdiction()), cell(r.teamName()), r.cleared() ? "yes" : "no"));
                competencies.forEach(c -> row.add(r.status(c.id()).label()));
                row.addAll(List.of(date(r.nextExpiry()), String.valueOf(r.openAssignments()),
                        String.valueOf(r.overdueAssignments())));
                rows.write(row);
            }
        }
    }

    private void writeCompletions(OutputStream out) {
        Map<String, CourseDefinition> courses = library.currentCourses().stream()
                .collect(Collectors.toMap(CourseDefinition::id, Function.identity()));
        List<StaffMember> members = staff.myStaff();
        try (SequenceWriter rows = writer(List.of("name", "email", "licence_number", "team", "course", "enrolled",
                "completed", "ce_hours"), out)) {
            for (int i = 0; i < members.size(); i += CHUNK) {
                List<StaffMember> chunk = members.subList(i, Math.min(members.size(), i + CHUNK));
                Map<Long, List<EnrolmentFact>> byPerson = completions.enrolmentsOf(chunk.stream().map(StaffMember::accountId).toList())
                        .stream().collect(Collectors.groupingBy(EnrolmentFact::accountId));
                for (StaffMember m : chunk) {
                    for (EnrolmentFact e : byPerson.getOrDefault(m.accountId(), List.of())) {
                        CourseDefinition course = courses.get(e.courseId());
                        rows.write(List.of(cell(m.fullName()), cell(m.email()), cell(m.licenceNumber()), cell(m.teamName()),
                                course == null ? e.courseId() : cell(course.title()), date(e.enrolledAt()), date(e.completedAt()),
                                e.completedAt() == null || course == null ? "" : hours(course.ceContactHours())));
                    }
                }
            }
        }
    }

    private void writeCertificates(OutputStream out) {
        Map<Long, StaffMember> members = new HashMap<>();
        staff.myStaff().forEach(m -> members.put(m.accountId(), m));
        try (SequenceWriter rows = writer(List.of("name", "email", "licence_number", "jurisdiction", "course",
                "certificate_code", "completed", "issued", "expires", "ce_hours", "status", "verification_url"), out)) {
            certificates.forEachOfMyStaff(c -> {
                StaffMember m = members.get(c.accountId());
                if (m == null) {
                    return; // joined after the export started
                }
                rows.write(List.of(cell(m.fullName()), cell(m.email()), cell(m.licenceNumber()), cell(m.jurisdiction()),
                        cell(c.courseTitle()), c.code(), date(c.completedAt()), date(c.issuedAt()), date(c.expiresAt()),
                        hours(c.ceHours()), c.status(), c.verificationUrl()));
            });
        }
    }

    private static SequenceWriter writer(List<String> columns, OutputStream out) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        return CSV.writer(schema.build().withHeader()).writeValues(out);
    }

    /** Text as a spreadsheet shows it, never as a formula it would run. */
    static String cell(String text) {
        return SpreadsheetCells.cell(text);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }
}
