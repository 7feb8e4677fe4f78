package academy.triggerpoint.bench;

import academy.triggerpoint.Application;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.CompetencyExports;
import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.competency.MatrixQuery;
import academy.triggerpoint.competency.StaffRow;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The training manager's dashboard under a large organisation: generates it with
 * {@link StaffDataGenerator} (10,000 staff, 200,000 attempts by default, on the shipped courses and
 * their 8 competencies), then times, server side, as the organisation's manager:
 * <ul>
 * <li>first page and counts: the overview (counts) plus the first 50 rows and the row count, with the
 * matrix recomputed from the stored standings each time (no cached snapshot);</li>
 * <li>a filtered page served from the few-second snapshot, as the grid's next requests are;</li>
 * <li>one person's drill-down, for random people;</li>
 * <li>each CSV export of all staff, written to a discarding stream;</li>
 * <li>the practical matrix ({@link PracticeDataGenerator}: 20 log entries per member, one or two
 * jurisdictions each, observations): its first page, a filtered page and its CSV export.</li>
 * </ul>
 * <pre>./mvnw -q test-compile exec:exec@dashboard        (-Dstaff=10000 -Dattempts=200000)</pre>
 */
public final class DashboardHarness {

    public static void main(String[] args) throws Exception {
        int staff = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int attempts = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path db = Files.createTempDirectory("dashboard-db");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("academy"), "--server.port=0",
                        "--logging.level.root=warn", "--academy.courses.folder=courses",
                        "--academy.jurisdictions.folder=jurisdictions", "--academy.jurisdictions.show-fictional=false")) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            long managerId = StaffDataGenerator.generate(app, staff, attempts, app.getBean(Clock.class).instant());
            PracticeDataGenerator.generate(app, managerId, 20, app.getBean(Clock.class).instant());
            SignIn.as(new LoginAccount(managerId, StaffDataGenerator.MANAGER_EMAIL, "Generated Manager", null, true, true,
                    EnumSet.of(Role.MANAGER, Role.LEARNER)));
            CompetencyDashboard dashboard = app.getBean(CompetencyDashboard.class);
            CompetencyExports exports = app.getBean(CompetencyExports.class);

            MatrixQuery first = MatrixQuery.everyone();
            List<Double> firstPage = Timings.time(30, () -> {
                dashboard.refreshNow();
                dashboard.overview();
                dashboard.count(first);
                return dashboard.rows(first, 0, 50);
            });
            Timings.report("first page and counts (matrix recomputed)", firstPage, 300);

            MatrixQuery filtered = new MatrixQuery(null, MatrixQuery.Focus.NOT_CLEARED, null,
                    CompetencyStatus.NEEDS_REMEDIATION, "member 1", MatrixQuery.Sort.NEXT_EXPIRY, true);
            Timings.report("filtered, searched, sorted page (snapshot)", Timings.time(100, () -> {
                dashboard.count(filtered);
                return dashboard.rows(filtered, 50, 50);
            }), 300);

            List<Long> ids = new ArrayList<>(dashboard.rows(first, 0, staff + 1).stream().map(StaffRow::accountId).toList());
            Random random = new Random(7);
            Timings.report("one person's drill-down", Timings.time(200, () -> dashboard.person(ids.get(random.nextInt(ids.size())))), 100);

            for (CompetencyExports.Kind kind : CompetencyExports.Kind.values()) {
                Timings.report("CSV export, " + kind.fileName() + ", all " + staff + " staff", Timings.time(5, () -> {
                    exports.write(kind, OutputStream.nullOutputStream());
                    return null;
                }), kind == CompetencyExports.Kind.MATRIX ? 3000 : 0);
            }

            Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
            Timings.report("practical matrix: first page of 50 with count, every jurisdiction judged", Timings.time(30, () ->
                    jurisdictions.myStaffPractical(Jurisdictions.PracticalQuery.everyone(), 0, 50)), 300);
            Jurisdictions.PracticalQuery notClearedInFlorida = new Jurisdictions.PracticalQuery("us-fl",
                    Jurisdictions.PracticalQuery.Cleared.NOT_CLEARED);
            Timings.report("practical matrix: not cleared in Florida, third page (snapshot)", Timings.time(30, () ->
                    jurisdictions.myStaffPractical(notClearedInFlorida, 100, 50)), 300);
            System.out.printf("practical matrix: %d of %d staff cleared in every jurisdiction they practise in%n",
                    jurisdictions.myStaffPractical(new Jurisdictions.PracticalQuery(null, Jurisdictions.PracticalQuery.Cleared.CLEARED),
                            0, 0).total(), staff);
            Timings.report("practical training CSV export, all " + staff + " staff (everyone judged, as a filtered page whose "
                    + "snapshot expired)", Timings.time(5, jurisdictions::exportMyStaff), 0);
            SignIn.out();
        }
    }
}
