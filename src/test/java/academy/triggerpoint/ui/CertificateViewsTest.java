package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.ui.MyCertificatesView;
import academy.triggerpoint.certification.ui.VerifyView;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CertificateViewsTest {

    @Autowired academy.triggerpoint.BackgroundWork background;
    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CertificateService certificates;

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    @Test
    void a_graduate_sees_the_certificate_and_a_stranger_can_verify_it_without_signing_in() {
        SignIn.as(TestAccounts.create(accounts, "Proud Graduate"));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        String code = certificates.mine().getFirst().code();
        KaribuViews.setUp(context);

        UI.getCurrent().navigate(MyCertificatesView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Introduction to Trigger Points", "0.5", "✓ Valid");
        KaribuViews.tearDown();

        SignIn.out();
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("verify/" + code);
        assertThat(_get(VerifyView.class)).isNotNull();
        assertThat(KaribuViews.everythingOnThePage()).contains("Valid certificate",
                "Proud Graduate completed “Introduction to Trigger Points”", "0.5 CE contact hours")
                .doesNotContain("Registration", "TEST-");
        UI.getCurrent().navigate("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ");
        assertThat(KaribuViews.everythingOnThePage()).contains("No certificate found").doesNotContain("Proud Graduate");
    }
}
