package academy.triggerpoint.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.practice.ui.CountersignView;
import academy.triggerpoint.practice.ui.ObserveView;
import academy.triggerpoint.practice.ui.PracticeView;
import academy.triggerpoint.practice.ui.StaffPracticeView;
import academy.triggerpoint.security.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The practical training screens of learner, supervisor and manager, browserless against the real context. */
@IntegrationTest
class PracticeViewsTest {

    @Autowired ApplicationContext context;
    @Autowired Organisations organisations;
    @Autowired AccountRepository accounts;
    @Autowired Jurisdictions jurisdictions;
    @Autowired MutableClock clock;

    Clinics.Clinic clinic;
    LoginAccount learner;
    LoginAccount supervisor;

    @BeforeEach
    void aClinic() {
        clinic = Clinics.open(organisations, accounts, "View Clinic", "Vera View", "Sid Signer");
        learner = clinic.staff().get(0);
        supervisor = Clinics.supervisor(organisations, clinic.staff().get(1));
        KaribuViews.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(Class<?> view) {
        return (Grid<T>) _get(Grid.class);
    }

    /** Every cell of a component column of the page's grid, one per line. */
    private static String cells(String key) {
        Grid<?> grid = _get(Grid.class);
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> KaribuViews.dump(GridKt._getCellComponent(grid, i, key))).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void a_learner_logs_training_the_supervisor_countersigns_it_and_the_manager_sees_the_jurisdiction_verdict() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SignIn.as(learner);
        jurisdictions.register("xx-fixture", "FX-77", today.minusYears(5));
        UI.getCurrent().navigate("practice");
        _get(PracticeView.class);
        assertThat(KaribuViews.everythingOnThePage()).contains("Fixtureland (fictional): 2 theory hours, 4 in-person hours");

        _get(DatePicker.class, s -> s.withLabel("Date")).setValue(today.minusDays(2));
        _get(BigDecimalField.class, s -> s.withLabel("Hours")).setValue(new BigDecimal("2.5"));
        @SuppressWarnings("unchecked")
        Select<PracticeMode> mode = _get(Select.class, s -> s.withLabel("Mode"));
        mode.setValue(PracticeMode.SUPERVISED_NEEDLING);
        _get(IntegerField.class, s -> s.withLabel("Supervised patient sessions")).setValue(3);
        _get(TextField.class, s -> s.withLabel("Course or workshop")).setValue("Supervised clinic");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> regions = _get(MultiSelectComboBox.class, s -> s.withLabel("Body regions"));
        regions.setValue(Set.of("cervical"));
        @SuppressWarnings("unchecked")
        Select<StaffMember> who = _get(Select.class, s -> s.withLabel("Supervisor who countersigns"));
        who.setValue(who.getListDataView().getItems().filter(m -> m.accountId() == supervisor.id()).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withText("Submit for countersignature")));

        Grid<PracticeEntry> entries = grid(PracticeView.class);
        assertThat(GridKt._size(entries)).isOne();
        assertThat(GridKt._get(entries, 0).status()).isEqualTo(PracticeEntry.Status.SUBMITTED);

        SignIn.as(supervisor);
        UI.getCurrent().navigate("countersign");
        _get(CountersignView.class);
        assertThat(KaribuViews.everythingOnThePage()).contains("Vera View", "3 supervised patient sessions");
        _click(_get(Button.class, s -> s.withText("Countersign")));
        assertThat(KaribuViews.everythingOnThePage()).contains("Nothing is waiting for you.");

        SignIn.as(clinic.manager());
        UI.getCurrent().navigate("manager/practice");
        _get(StaffPracticeView.class);
        String verdicts = cells("standing");
        assertThat(verdicts).contains("✗ Fixtureland (fictional): 2 theory hours, 1.5 in-person hours, "
                + "the competency Needle safety, a passed observation of “Observed needling of the upper trapezius” and "
                + "“Notice of training sent to the Fixtureland board” missing", "No jurisdiction recorded");
        @SuppressWarnings("unchecked")
        Select<Jurisdictions.PracticalQuery.Cleared> outcome = _get(Select.class, s -> s.withLabel("Cleared to needle"));
        outcome.setValue(Jurisdictions.PracticalQuery.Cleared.CLEARED);
        assertThat(GridKt._size(_get(Grid.class))).isZero();
    }

    @Test
    void an_assessor_marks_the_checklist_step_by_step_and_signs_and_the_learner_and_manager_read_the_result() {
        SignIn.as(supervisor);
        UI.getCurrent().navigate("observe");
        _get(ObserveView.class);
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> person = _get(ComboBox.class, s -> s.withLabel("Person observed"));
        assertThat(person.getListDataView().getItems()).extracting(StaffMember::fullName).as("never the assessor themselves")
                .contains("Vera View").doesNotContain("Sid Signer");
        person.setValue(person.getListDataView().getItems().filter(m -> m.accountId() == learner.id()).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Observations.Practical> practical = _get(Select.class, s -> s.withLabel("Practical"));
        practical.setValue(practical.getListDataView().getItems().filter(p -> p.definition().id().equals("observed-needling"))
                .findFirst().orElseThrow());
        assertThat(KaribuViews.everythingOnThePage()).contains("Critical: not done fails the observation. Source: "
                + "WHO guidelines on hand hygiene in health care (2009)");

        _click(_get(Button.class, s -> s.withText("Sign and record")));
        assertThat(KaribuViews.everythingOnThePage()).as("an unmarked step is refused, nothing signed").contains("No observations recorded yet.");

        @SuppressWarnings("unchecked")
        java.util.List<RadioButtonGroup<String>> marks = (java.util.List<RadioButtonGroup<String>>) (java.util.List<?>)
                com.github.mvysny.kaributesting.v10.LocatorJ._find(RadioButtonGroup.class);
        assertThat(marks).hasSize(5);
        marks.forEach(m -> m.setValue(m.getLabel().contains("sharps container") ? "Not done" : "Done"));
        _click(_get(Button.class, s -> s.withText("Sign and record")));
        assertThat(KaribuViews.everythingOnThePage()).contains("Not passed · Vera View · Observed needling of the upper trapezius",
                "A critical step was not done: Puts each used needle into the sharps container at once.");

        SignIn.as(learner);
        UI.getCurrent().navigate("practice");
        _get(PracticeView.class);
        assertThat(KaribuViews.everythingOnThePage()).contains("Not passed · Observed needling of the upper trapezius · observed",
                "by Sid Signer", "SHA-256");

        SignIn.as(clinic.manager());
        UI.getCurrent().navigate("manager/practice");
        _get(StaffPracticeView.class);
        String observed = cells("observed");
        assertThat(observed).contains("✗ Observed needling of the upper trapezius, not passed " + LocalDate.ofInstant(clock.instant(),
                ZoneOffset.UTC), "None observed");
    }
}
