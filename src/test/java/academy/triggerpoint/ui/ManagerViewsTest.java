package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.competency.AssignmentState;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.PersonReport;
import academy.triggerpoint.competency.StaffRow;
import academy.triggerpoint.competency.ui.StaffMemberView;
import academy.triggerpoint.competency.ui.TeamDashboardView;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.StaffImportReport;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.ui.OrganisationView;
import academy.triggerpoint.security.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The training manager's pages: the team dashboard, a staff member's drill-down and the staff import. */
@IntegrationTest
class ManagerViewsTest {

    @Autowired ApplicationContext context;
    @Autowired academy.triggerpoint.BackgroundWork background;
    @Autowired AccountRepository accounts;
    @Autowired Organisations organisations;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CaseService cases;
    @Autowired academy.triggerpoint.shared.mail.OutgoingMail mail;
    @Autowired Assignments assignments;
    @Autowired CompetencyDashboard dashboard;
    @Autowired Clock clock;

    Clinics.Clinic harbour;
    Clinics.Clinic hill;

    @BeforeEach
    void twoClinicsEachWithTheirManagerAndStaff() {
        harbour = Clinics.open(organisations, accounts, "Harbour Physio", "Aroha Ngata", "Ben Carter");
        hill = Clinics.open(organisations, accounts, "Hill Clinic", "Tama Rangi");
        SignIn.as(harbour.manager());
        long outpatients = organisations.addTeam("Outpatients").id();
        organisations.moveToTeam(aroha().id(), outpatients);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    private LoginAccount aroha() {
        return harbour.staff().get(0);
    }

    private LoginAccount ben() {
        return harbour.staff().get(1);
    }

    private LoginAccount tama() {
        return hill.staff().get(0);
    }

    /** Aroha passes the course and the warfarin case; Ben needles the anticoagulated patient. */
    private void arohaClearedAndBenNeedingRemediation() {
        SignIn.as(aroha());
        FixtureJourneys.completeTheCourse(catalog, attempts);
        FixtureJourneys.takeTheAnticoagulationCase(cases, true);
        SignIn.as(ben());
        catalog.enrol(FixtureJourneys.COURSE);
        FixtureJourneys.readUpToTheQuiz(catalog);
        FixtureJourneys.takeTheAnticoagulationCase(cases, false);
    }

    private void openAs(LoginAccount person, String address) {
        SignIn.as(person);
        KaribuViews.setUp(context);
        UI.getCurrent().navigate(address);
    }

    @Test
    void a_manager_sees_their_organisations_counts_and_one_matrix_row_per_member_and_nobody_from_another() {
        arohaClearedAndBenNeedingRemediation();

        openAs(harbour.manager(), "manager");

        _assertOne(TeamDashboardView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(harbour.name());
        assertThat(countCard("count-cleared")).isEqualTo("Cleared to needle: 1 of 3. Show these people.");
        assertThat(countCard("count-needs-remediation")).isEqualTo("Needs remediation: 1. Show these people.");

        Grid<StaffRow> matrix = matrix();
        assertThat(names(matrix)).as("Tama belongs to the other clinic")
                .containsExactly("Aroha Ngata", "Ben Carter", "Manager of Harbour Physio");
        assertThat(shown(matrix, "Team", 0)).isEqualTo("Outpatients");
        assertThat(shown(matrix, "Cleared to needle", 0)).isEqualTo("Cleared");
        assertThat(badge(matrix, 0, "safety")).isEqualTo("Achieved");
        assertThat(badge(matrix, 0, "physiology")).as("the runner's case is not passed").isEqualTo("In progress");
        assertThat(shown(matrix, "Cleared to needle", 1)).isEqualTo("Not cleared");
        assertThat(badge(matrix, 1, "safety")).isEqualTo("Needs remediation");
        assertThat(badge(matrix, 2, "safety")).isEqualTo("Not started");

        _click(_get(Button.class, spec -> spec.withClasses("count-needs-remediation")));
        assertThat(names(matrix)).containsExactly("Ben Carter");
    }

    @Test
    void a_manager_opens_their_own_staff_members_record_but_someone_from_another_organisation_is_not_found() {
        arohaClearedAndBenNeedingRemediation();

        openAs(harbour.manager(), "manager/people/" + tama().id());

        assertThat(_find(StaffMemberView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(KaribuViews.everythingOnThePage()).doesNotContain("Tama Rangi", tama().email());

        UI.getCurrent().navigate("manager/people/" + aroha().id());
        _assertOne(StaffMemberView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Aroha Ngata");
        Grid<PersonReport.CompetencyLine> competencies = gridWithColumn("Competency");
        Map<String, String> statuses = IntStream.range(0, GridKt._size(competencies)).boxed()
                .collect(Collectors.toMap(i -> shown(competencies, "Competency", i), i -> shown(competencies, "Status", i)));
        assertThat(statuses).containsEntry("Needle safety (safety-critical)", "Achieved")
                .containsEntry("Trigger-point physiology", "In progress");
    }

    @Test
    void a_staff_list_is_previewed_row_by_row_and_nothing_is_written_until_the_manager_imports_it() {
        openAs(harbour.manager(), "manager/organisation");
        _assertOne(OrganisationView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(harbour.name() + ": staff and teams");
        String newcomer = "wiremu." + System.nanoTime() + "@harbour.example";
        String csv = "Name;Email;Licence number;Jurisdiction;Team\n"
                + "Wiremu Tane;" + newcomer + ";PT-77;New Zealand;Sports clinic\n"
                + "Tama Rangi;" + tama().email() + ";;;\n"
                + ";nameless@harbour.example;;;\n"
                + "Ana Lima;not-an-address;;;\n";

        UploadKt._upload(_get(Upload.class), "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        assertThat(importSummary()).isEqualTo("Ready to import 2 people; 2 rows rejected; new teams: Sports clinic.");
        Grid<StaffImportReport.Row> rows = gridWithColumn("Outcome");
        assertThat(GridKt._size(rows)).isEqualTo(4);
        assertThat(rows.getThemeNames()).as("the reasons wrap instead of being cut").contains("wrap-cell-content");
        assertThat(shown(rows, "Row", 0)).isEqualTo("2");
        assertThat(lines(rows, "Person", 0)).containsExactly("Wiremu Tane", newcomer);
        assertThat(lines(rows, "Outcome", 0)).containsExactly("Invitation", Organisations.INVITED);
        assertThat(lines(rows, "Person", 1)).containsExactly("Tama Rangi", tama().email());
        assertThat(lines(rows, "Outcome", 1)).as("another organisation's member reads like anyone")
                .containsExactly("Invitation", Organisations.INVITED);
        assertThat(lines(rows, "Outcome", 2)).containsExactly("Rejected", "Name is empty.");
        assertThat(lines(rows, "Outcome", 3)).containsExactly("Rejected", "Email 'not-an-address' is not a valid address.");
        assertThat(accounts.findByEmailNormalized(Account.normalizeEmail(newcomer))).as("nothing written yet").isEmpty();
        assertThat(organisations.mine().memberCount()).isEqualTo(3);

        _click(_get(Button.class, spec -> spec.withText("Import 2 people")));

        assertThat(importSummary()).isEqualTo("Imported 2 people; 2 rows rejected; new teams: Sports clinic.");
        _assertNone(Button.class, spec -> spec.withText("Import 2 people"));
        assertThat(accounts.findByEmailNormalized(Account.normalizeEmail(newcomer))).isPresent();
        assertThat(organisations.mine().memberCount()).as("Tama, of another organisation, was only offered to join")
                .isEqualTo(4);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Outpatients, Sports clinic");
    }

    @Test
    void a_manager_cancels_an_assignment_only_after_confirming_it_in_a_dialog_naming_the_course_and_the_person() {
        SignIn.as(harbour.manager());
        LocalDate due = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(20);
        assignments.assign(FixtureJourneys.COURSE, List.of(aroha().id()), null, due);
        openAs(harbour.manager(), "manager/people/" + aroha().id());
        Grid<PersonReport.AssignmentLine> assigned = gridWithColumn("Due");
        assertThat(shown(assigned, "State", 0)).isNotEqualTo(AssignmentState.CANCELLED.label());

        _click((Button) GridKt._getCellComponent(assigned, 0, "cancel"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Cancel “Introduction to Trigger Points” for Aroha Ngata?");
        assertThat(ConfirmDialogKt._getText(confirm)).contains("Aroha Ngata no longer has to complete");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(stateOfArohasAssignment()).as("keeping it changes nothing").isNotEqualTo(AssignmentState.CANCELLED);

        _click((Button) GridKt._getCellComponent(gridWithColumn("Due"), 0, "cancel"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(stateOfArohasAssignment()).isEqualTo(AssignmentState.CANCELLED);
        assertThat(shown(gridWithColumn("Due"), "State", 0)).isEqualTo(AssignmentState.CANCELLED.label());
    }

    private AssignmentState stateOfArohasAssignment() {
        SignIn.as(harbour.manager());
        return dashboard.person(aroha().id()).assignments().getFirst().state();
    }

    private static String countCard(String className) {
        return _get(Button.class, spec -> spec.withClasses(className)).getElement().getAttribute("aria-label");
    }

    private static String importSummary() {
        return _get(Paragraph.class, spec -> spec.withClasses("import-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffRow> matrix() {
        return _get(Grid.class, spec -> spec.withClasses("matrix"));
    }

    private static List<String> names(Grid<StaffRow> matrix) {
        return IntStream.range(0, GridKt._size(matrix)).mapToObj(i -> GridKt._getFormatted(matrix, i, "name")).toList();
    }

    /** The words of the status badge in a competency's column of the matrix. */
    private static String badge(Grid<StaffRow> matrix, int row, String competencyId) {
        return GridKt._getCellComponent(matrix, row, "competency-" + competencyId).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> gridWithColumn(String header) {
        for (Grid<?> grid : _find(Grid.class)) {
            if (grid.getColumns().stream().anyMatch(c -> header.equals(c.getHeaderText()))) {
                return (Grid<T>) grid;
            }
        }
        throw new AssertionError("No grid on the page has a column '" + header + "'");
    }

    /** The lines of a stacked cell, top to bottom. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static <T> List<String> lines(Grid<T> grid, String header, int row) {
        Grid.Column<T> column = grid.getColumns().stream().filter(c -> header.equals(c.getHeaderText())).findFirst()
                .orElseThrow(() -> new AssertionError("No column '" + header + "'"));
        Component cell = (Component) ((ComponentRenderer) column.getRenderer()).createComponent(GridKt._get(grid, row));
        return cell.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    /** What a cell shows: the text of a rendered component (a badge), or the formatted value. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static <T> String shown(Grid<T> grid, String header, int row) {
        Grid.Column<T> column = grid.getColumns().stream().filter(c -> header.equals(c.getHeaderText())).findFirst()
                .orElseThrow(() -> new AssertionError("No column '" + header + "'"));
        T item = GridKt._get(grid, row);
        if (column.getRenderer() instanceof ComponentRenderer renderer) {
            return ((Component) renderer.createComponent(item)).getElement().getTextRecursively();
        }
        return GridKt._getFormatted(column, item);
    }

    @Test
    void someone_with_an_account_sees_what_the_manager_would_see_and_joins_only_by_pressing_join() {
        LoginAccount ana = academy.triggerpoint.TestAccounts.create(accounts, "Ana Existing");
        SignIn.as(harbour.manager());
        organisations.invite("Ana Existing", ana.email(), null);
        background.awaitDone();
        String link = mail.logged().stream().filter(m -> m.to().equals(ana.email())).reduce((a, b) -> b).orElseThrow().body()
                .lines().filter(l -> l.contains("/join-organisation?token=")).findFirst().orElseThrow();

        SignIn.as(ana);
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("join-organisation", com.vaadin.flow.router.QueryParameters.of("token",
                link.substring(link.indexOf("token=") + "token=".length())));

        assertThat(_get(H1.class).getText()).isEqualTo("Join " + harbour.name() + "?");
        assertThat(KaribuViews.everythingOnThePage()).contains("safety-critical mistakes and certificates");
        SignIn.as(harbour.manager());
        assertThat(organisations.mine().memberCount()).as("nothing changes before pressing Join").isEqualTo(3);

        SignIn.as(ana);
        _click(_get(Button.class, spec -> spec.withText("Join " + harbour.name())));

        assertThat(_get(H1.class).getText()).isEqualTo("You joined " + harbour.name());
        SignIn.as(harbour.manager());
        assertThat(organisations.mine().memberCount()).isEqualTo(4);
    }
}
