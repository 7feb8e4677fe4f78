package academy.triggerpoint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.shared.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small pure parts of the LTI tool: targets, settings, roles, retry pauses, score URLs. */
class LtiUnitsTest {

    private static final String BASE = "https://academy.example.org/";

    @Test
    void a_target_link_names_a_course_a_quiz_or_a_case_of_this_tool_only() {
        assertThat(LtiTarget.parse(BASE + "lti/course/dry-needling-foundations", BASE)).contains(LtiTarget.course("dry-needling-foundations"));
        assertThat(LtiTarget.parse(BASE + "lti/quiz/intro-course/safety", BASE)).contains(LtiTarget.quiz("intro-course", "safety"));
        assertThat(LtiTarget.parse(BASE + "lti/case/intro-course/calf-pain", BASE).map(LtiTarget::route))
                .contains("courses/intro-course/cases/calf-pain");
        assertThat(LtiTarget.parse("https://evil.example/lti/course/x", BASE)).isEmpty();
        assertThat(LtiTarget.parse(BASE + "lti/quiz/intro-course", BASE)).isEmpty();
        assertThat(LtiTarget.parse(BASE + "lti/course/a/b", BASE)).isEmpty();
        assertThat(LtiTarget.parse(BASE + "lti/course/../../admin", BASE)).isEmpty();
        assertThat(LtiTarget.quiz("c", "m").linkPath()).isEqualTo("/lti/quiz/c/m");
    }

    @Test
    void a_platform_needs_https_addresses_a_deployment_and_an_organisation_for_managing_instructors() {
        PlatformSettings good = new PlatformSettings("Moodle", "https://moodle.example.org", "abc", "https://moodle.example.org/mod/lti/auth.php",
                "https://moodle.example.org/mod/lti/certs.php", "https://moodle.example.org/mod/lti/token.php", List.of("1"), Role.LEARNER, null);
        assertThat(good.problems()).isEmpty();
        PlatformSettings bad = new PlatformSettings(" ", "http://moodle.example.org", "", "ftp://x", "not a url", "https://t",
                List.of(), Role.MANAGER, null);
        assertThat(bad.problems()).containsOnlyKeys("name", "issuer", "clientId", "authorizationUrl", "jwksUrl", "deploymentIds",
                "organisationId");
        assertThat(bad.problems().get("issuer")).contains("https://");
        assertThat(new PlatformSettings("Local", "http://localhost:9000", "c", "http://localhost:9000/auth", "http://127.0.0.1:9000/jwks",
                "http://localhost:9000/token", List.of("d", "d"), Role.AUTHOR, null).problems()).containsOnlyKeys("deploymentIds");
        assertThat(PlatformSettings.deploymentList(" 1 \n\n2, 3 ")).containsExactly("1", "2", "3");
    }

    @Test
    void everyone_learns_instructors_get_the_platforms_role_and_content_developers_author() {
        assertThat(Launches.roles(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), Role.MANAGER))
                .containsExactly(Role.LEARNER);
        assertThat(Launches.roles(List.of(LtiClaims.INSTRUCTOR), Role.MANAGER)).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
        assertThat(Launches.roles(List.of(LtiClaims.CONTENT_DEVELOPER), Role.LEARNER)).containsExactlyInAnyOrder(Role.LEARNER, Role.AUTHOR);
        assertThat(Launches.roles(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"), Role.MANAGER))
                .isEqualTo(Set.of(Role.LEARNER));
    }

    @Test
    void a_placeholder_address_cannot_receive_mail_and_is_stable_per_person() {
        assertThat(Launches.placeholderEmail(3, "user-7")).endsWith("@lti.invalid").isEqualTo(Launches.placeholderEmail(3, "user-7"))
                .isNotEqualTo(Launches.placeholderEmail(3, "user-8")).isNotEqualTo(Launches.placeholderEmail(4, "user-7"));
    }

    @Test
    void grades_are_tried_again_after_growing_pauses_of_at_most_six_hours() {
        assertThat(GradeReturn.pause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(GradeReturn.pause(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(GradeReturn.pause(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(GradeReturn.pause(20)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void the_comment_says_when_a_safety_critical_mistake_failed_the_attempt() {
        assertThat(GradeReturn.comment("PASSED", new BigDecimal("87.5"), List.of())).isEqualTo("Passed with 87.5 %.");
        assertThat(GradeReturn.comment("FAILED_CRITICAL", new BigDecimal("92.0"), List.of())).contains("safety-critical").contains("92.0");
        assertThat(GradeReturn.comment("FAILED", new BigDecimal("40.0"), List.of())).contains("below the pass mark");
    }

    @Test
    void scores_go_to_the_line_items_path_with_its_query_kept() {
        assertThat(PlatformClient.scoresUrl("https://lms.example/lineitems/7?type_id=1"))
                .hasToString("https://lms.example/lineitems/7/scores?type_id=1");
        assertThat(PlatformClient.scoresUrl("https://lms.example/api/lineitems/7/")).hasToString("https://lms.example/api/lineitems/7/scores");
        assertThat(PlatformClient.nextLink("<https://lms/m?page=2>; rel=\"next\", <https://lms/m?page=9>; rel=\"last\""))
                .isEqualTo("https://lms/m?page=2");
        assertThat(PlatformClient.nextLink("<https://lms/m?page=1>; rel=\"first\"")).isNull();
    }
}
