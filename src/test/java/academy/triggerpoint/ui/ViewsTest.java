package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.catalog.ui.CatalogView;
import academy.triggerpoint.catalog.ui.CourseProblemsView;
import academy.triggerpoint.catalog.ui.CourseView;
import academy.triggerpoint.catalog.ui.LessonView;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.ui.AccountsView;
import academy.triggerpoint.people.ui.RegistrationView;
import academy.triggerpoint.security.LoginView;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.people.AccountSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ViewsTest {

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;

    @BeforeEach
    void setUp() {
        KaribuViews.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() {
        UI.getCurrent().navigate("");

        _assertOne(LoginView.class);
    }

    @Test
    void anonymous_visitors_can_open_registration() {
        UI.getCurrent().navigate("register");

        _assertOne(RegistrationView.class);
    }

    @Test
    void a_learner_who_types_an_admin_address_sees_page_not_found() {
        SignIn.as(TestAccounts.create(accounts, "Learner"));

        UI.getCurrent().navigate("admin/accounts");
        assertThat(_find(AccountsView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

        UI.getCurrent().navigate("admin/course-problems");
        assertThat(_find(CourseProblemsView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void an_admin_opens_the_account_and_course_problem_pages() {
        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));

        UI.getCurrent().navigate("admin/accounts");
        _assertOne(AccountsView.class);
        UI.getCurrent().navigate("admin/course-problems");
        _assertOne(CourseProblemsView.class);
    }

    @Test
    void an_admin_disables_an_account_only_after_confirming_in_a_dialog_that_names_the_person() {
        var admin = TestAccounts.create(accounts, "Admin", Role.ADMIN);
        var learner = TestAccounts.create(accounts, "Disablee Example " + System.nanoTime());
        SignIn.as(admin);
        UI.getCurrent().navigate("admin/accounts");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or email")), learner.email());
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withClasses("accounts"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(KaribuViews.dump(GridKt._getCellComponent(grid, 0, "account"))).contains(learner.email(), "Learner");

        _click((Button) GridKt._getCellComponent(grid, 0, "status").getChildren().filter(Button.class::isInstance)
                .findFirst().orElseThrow());
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Disable " + learner.fullName() + "'s account?");
        assertThat(ConfirmDialogKt._getText(confirm)).contains(learner.email(), "will no longer be able to sign in");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(accounts.findById(learner.id()).orElseThrow().isEnabled()).as("kept active").isTrue();

        _click((Button) GridKt._getCellComponent(grid, 0, "status").getChildren().filter(Button.class::isInstance)
                .findFirst().orElseThrow());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(accounts.findById(learner.id()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void sign_out_and_the_profile_link_sit_at_the_foot_of_the_menu_not_in_the_header_corner_the_dev_mode_notice_covers() {
        SignIn.as(TestAccounts.create(accounts, "Leaving Learner"));
        UI.getCurrent().navigate("");

        Button signOut = _get(Button.class, spec -> spec.withText("Sign out"));
        assertThat(ancestorClasses(signOut)).contains("account-links", "drawer-content").doesNotContain("app-header");
        assertThat(ancestorClasses(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("profile-link"))))
                .contains("account-links");
    }

    private static java.util.List<String> ancestorClasses(com.vaadin.flow.component.Component component) {
        java.util.List<String> classes = new java.util.ArrayList<>();
        for (var c = component.getParent(); c.isPresent(); c = c.get().getParent()) {
            if (c.get() instanceof com.vaadin.flow.component.HasStyle styled) {
                classes.addAll(styled.getClassNames());
            }
        }
        return classes;
    }

    @Test
    void a_learner_sees_the_catalogue_enrols_and_reads_a_lesson() {
        SignIn.as(TestAccounts.create(accounts, "Learner"));
        UI.getCurrent().navigate("");
        _assertOne(CatalogView.class);
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Introduction to Trigger Points");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anySatisfy(text -> assertThat(text).contains("does not by itself qualify or authorise you to needle"));

        _click(_get(Button.class, spec -> spec.withText("View course")));
        _assertOne(CourseView.class);
        _click(_get(Button.class, spec -> spec.withText("Enrol in this course")));
        _click(_get(Button.class, spec -> spec.withText("Start the first lesson")));

        _assertOne(LessonView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Taut bands");
        assertThat(_get(Article.class).getElement().getProperty("innerHTML")).contains("<strong>taut band</strong>");
        _click(_get(Button.class, spec -> spec.withText("Mark complete and continue")));
        // The player reuses the page for the next lesson; it must not stay scrolled to where the button was.
        // (Asked before the next lookup, whose mock client round trip takes the page's JavaScript calls away.)
        assertThat(UI.getCurrent().getInternals().containsPendingJavascript("window.scrollTo(0, 0)")).isTrue();
        assertThat(_get(H1.class).getText()).isEqualTo("Referred pain");
    }

    @Test
    void registration_names_the_field_to_correct() {
        UI.getCurrent().navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name (as it should print on your certificates)")), "Ελένη Παπαδοπούλου");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), "eleni@clinic.example");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Licence or registration number")), "GR-778");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Country that issued the licence")), "Greece");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, "password123");

        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("most commonly used");

        _setValue(password, "Ελληνικά και needles");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        assertThat(_get(H1.class).getText()).isEqualTo("Check your email");
    }
}
