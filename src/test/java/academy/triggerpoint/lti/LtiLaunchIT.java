package academy.triggerpoint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptGraded;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.lti.TestPlatform.Launch;
import academy.triggerpoint.lti.TestPlatform.Member;
import academy.triggerpoint.lti.TestPlatform.ReceivedScore;
import academy.triggerpoint.lti.TestPlatform.Tweak;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.RosterSource;
import academy.triggerpoint.people.StaffImportReport;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.domain.MembershipRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.SystemTask;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The LTI 1.3 tool over real HTTP, driven by the {@link TestPlatform}: login initiation, the
 * platform's authentication response, the launch, and what follows (grades to the platform's
 * gradebook, deep linking, rosters). Redirects are not followed, so every step is seen.
 */
@LtiToolTest
class LtiLaunchIT implements LtiToolServer {

    private static final String COURSE = FixtureJourneys.COURSE;
    private static final String QUIZ = "safety";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static TestPlatform platform;
    private static long platformId;
    private static long organisationId;

    @Autowired LtiPlatforms platforms;
    @Autowired DeepLinking deepLinking;
    @Autowired GradeReturn gradeReturn;
    @Autowired RosterSource rosters;
    @Autowired Organisations organisations;
    @Autowired AttemptService attempts;
    @Autowired CatalogService catalog;
    @Autowired AccountRepository accounts;
    @Autowired MembershipRepository memberships;
    @Autowired AccountDirectory directory;
    @Autowired SystemTask system;
    @Autowired JdbcTemplate jdbc;
    @Autowired BackgroundWork background;
    @Autowired MutableClock clock;

    /**
     * One browser: the tool's cookies (the login state, the session) are kept and sent back to the
     * tool; redirects are not followed. (java.net.CookieManager files a cookie of "localhost" under
     * "localhost.local" and never sends it back, so the jar is kept here.)
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<TestPlatform> extraPlatforms = new java.util.ArrayList<>();

    @BeforeAll
    static void startThePlatform() {
        platform = TestPlatform.start(LtiToolServer.toolBaseUrl());
    }

    @AfterAll
    static void stopThePlatform() {
        platform.close();
    }

    /** The shared platform is registered once, instructors becoming training managers of its organisation. */
    @BeforeEach
    void registerThePlatformOnce() {
        platform.clock(clock);
        if (platformId == 0) {
            asAdmin(() -> {
                organisationId = organisations.create("LMS Clinic " + System.nanoTime()).id();
                platformId = platforms.register(settings(platform, "Test LMS", organisationId)).id();
                return null;
            });
        }
    }

    @AfterEach
    void signOutAndStopExtraPlatforms() {
        SignIn.out();
        extraPlatforms.forEach(TestPlatform::close);
    }

    // ---- launching ---------------------------------------------------------------------------------

    @Test
    void a_learners_first_launch_creates_a_linked_account_in_the_platforms_organisation_and_a_second_launch_reuses_it()
            throws Exception {
        String subject = subject();
        Launch launch = Launch.learner(subject, "Aroha Launched", subject + "@clinic.example", courseLink())
                .withLineItem(null);
        long before = accounts.count();

        HttpResponse<String> first = launch(platform, launch);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).hasValue("/courses/" + COURSE);
        assertThat(sessionCookie()).as("signed in: a session cookie, " + first.headers().map()).isNotNull();
        assertThat(accounts.count()).isEqualTo(before + 1);
        long accountId = linkedAccount(platformId, subject);
        Account account = accounts.findById(accountId).orElseThrow();
        assertThat(account.getFullName()).isEqualTo("Aroha Launched");
        assertThat(account.getEmail()).isEqualTo(subject + "@clinic.example");
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.isDetailsConfirmed()).as("must confirm what certificates print").isFalse();
        assertThat(memberships.findById(accountId)).hasValueSatisfying(m ->
                assertThat(m.getOrganisationId()).isEqualTo(organisationId));

        String firstSession = sessionCookie();
        HttpResponse<String> second = launch(platform, launch.withPerson("Aroha Renamed", "other@clinic.example"));

        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(accounts.count()).as("the same person, not a new account").isEqualTo(before + 1);
        assertThat(linkedAccount(platformId, subject)).isEqualTo(accountId);
        assertThat(sessionCookie()).as("a new session id on every sign-in").isNotEqualTo(firstSession);
    }

    @Test
    void a_launch_into_a_quiz_enrols_the_learner_shows_the_course_until_the_quiz_opens_and_records_where_its_grade_goes()
            throws Exception {
        String subject = subject();
        Launch launch = Launch.learner(subject, "Quiz Launcher", null, quizLink()).withLineItem("quiz-" + subject);

        HttpResponse<String> response = launch(platform, launch);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).as("the quiz opens once its lessons are read")
                .hasValue("/courses/" + COURSE);
        long accountId = linkedAccount(platformId, subject);
        assertThat(jdbc.queryForObject("select count(*) from enrolment where account_id = ? and course_id = ?", Long.class,
                accountId, COURSE)).as("the link enrolled them").isEqualTo(1L);
        assertThat(accounts.findById(accountId).orElseThrow().getEmail())
                .as("no email from the platform: an address that cannot receive mail").endsWith("@lti.invalid");
        assertThat(jdbc.queryForList("select line_item_url from lti_grade_link where account_id = ? and module_id = ?",
                String.class, accountId, QUIZ)).containsExactly(platform.lineItemUrl("quiz-" + subject));
    }

    @Test
    void a_replayed_id_token_is_refused_as_a_nonce_check_and_creates_nothing() throws Exception {
        Launch launch = Launch.learner(subject(), "Replayed Learner", null, courseLink());
        Login login = initiate(platform, launch);
        Map<String, String> form = authenticate(login);
        Counts before = counts();

        // The same posted form twice: the second is a replay (a launch is used once).
        assertThat(post(form).statusCode()).isEqualTo(303);
        Counts afterFirst = counts();
        HttpResponse<String> replay = post(form);

        assertRefused(replay, "nonce");
        assertThat(counts()).isEqualTo(afterFirst);
        assertThat(afterFirst.accounts()).isEqualTo(before.accounts() + 1);

        // An old id_token under a fresh login's state: its nonce is not the one this login was given.
        Launch another = launch.withSubject(subject());
        Login fresh = initiate(platform, another);
        Counts beforeOld = counts();
        HttpResponse<String> old = post(Map.of("id_token", form.get("id_token"), "state", fresh.state()));

        assertRefused(old, "nonce");
        assertThat(counts()).isEqualTo(beforeOld);
    }

    @Test
    void a_token_for_another_client_is_refused_as_the_audience_check_and_creates_nothing() throws Exception {
        assertForgedTokenRefused(Tweak.WRONG_AUDIENCE, "audience");
    }

    @Test
    void an_expired_token_is_refused_and_creates_nothing() throws Exception {
        assertForgedTokenRefused(Tweak.EXPIRED, "expired");
    }

    @Test
    void a_token_naming_an_unknown_deployment_is_refused_and_creates_nothing() throws Exception {
        assertForgedTokenRefused(Tweak.UNKNOWN_DEPLOYMENT, "deployment");
    }

    @Test
    void a_token_signed_by_another_key_is_refused_and_creates_nothing() throws Exception {
        assertForgedTokenRefused(Tweak.OTHER_KEY, "signature");
    }

    @Test
    void a_token_from_another_issuer_is_refused_and_creates_nothing() throws Exception {
        assertForgedTokenRefused(Tweak.WRONG_ISSUER, "issuer");
    }

    @Test
    void a_token_without_a_nonce_is_refused_and_creates_nothing() throws Exception {
        assertForgedTokenRefused(Tweak.NO_NONCE, "nonce");
    }

    @Test
    void a_login_from_a_platform_nobody_registered_is_refused_at_the_login_initiation() throws Exception {
        Counts before = counts();
        long logins = count("lti_login");
        String query = form(Map.of("iss", "https://unknown-lms.example", "login_hint", "someone",
                "target_link_uri", courseLink(), "client_id", "whoever"));

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(LtiToolServer.toolBaseUrl() + "lti/login?" + query))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertRefused(response, "platform");
        assertThat(counts()).isEqualTo(before);
        assertThat(count("lti_login")).as("no login state issued").isEqualTo(logins);
    }

    @Test
    void a_launch_with_a_state_the_tool_never_issued_is_refused_and_creates_nothing() throws Exception {
        Launch launch = Launch.learner(subject(), "Stateless Learner", null, courseLink());
        Login login = initiate(platform, launch);
        Map<String, String> form = authenticate(login);
        cookies.clear();
        Counts before = counts();

        HttpResponse<String> response = post(Map.of("id_token", form.get("id_token"), "state", "made-up-state"));

        assertRefused(response, "state");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_launch_whose_state_is_not_the_one_this_browser_was_given_is_refused_and_creates_nothing() throws Exception {
        // A launch started elsewhere (say, in an attacker's browser) posted into this browser, which holds another state.
        Map<String, String> elsewhere = authenticate(initiate(platform, Launch.learner(subject(), "Planted Learner", null,
                courseLink())));
        initiate(platform, Launch.learner(subject(), "Own Learner", null, courseLink()));
        Counts before = counts();

        HttpResponse<String> response = post(elsewhere);

        assertRefused(response, "state");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_link_to_a_course_that_is_not_offered_is_refused_and_creates_nothing() throws Exception {
        Launch launch = Launch.learner(subject(), "Lost Learner", null, LtiToolServer.toolBaseUrl() + "lti/course/no-such-course");
        Counts before = counts();

        HttpResponse<String> response = launch(platform, launch);

        assertRefused(response, "target");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_launch_from_a_platform_an_administrator_removed_is_refused_and_creates_nothing() throws Exception {
        TestPlatform removable = extraPlatform();
        long removableId = asAdmin(() -> platforms.register(settings(removable, "Old LMS " + SEQUENCE.incrementAndGet(), null)).id());
        Launch launch = Launch.learner(subject(), "Late Learner", null, courseLink());
        Login started = initiate(removable, launch);
        Map<String, String> form = authenticate(started);
        asAdmin(() -> platforms.remove(removableId));
        Counts before = counts();

        assertRefused(post(form), "platform");
        HttpResponse<String> again = send(HttpRequest.newBuilder(removable.loginInitiation(launch)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(again, "platform");
        assertThat(counts()).isEqualTo(before);
    }

    // ---- the tool's keys ---------------------------------------------------------------------------

    @Test
    void the_key_set_publishes_the_signing_key_and_after_rotation_the_old_and_the_new() throws Exception {
        String signing = asAdmin(() -> platforms.keys().get(0).kid());
        assertThat(publishedKids()).contains(signing);

        clock.advance(Duration.ofSeconds(1));
        String rotated = asAdmin(() -> platforms.rotateKey().kid());

        assertThat(rotated).isNotEqualTo(signing);
        assertThat(publishedKids()).contains(signing, rotated);
        assertThat(asAdmin(() -> platforms.keys().get(0).kid())).isEqualTo(rotated);
    }

    // ---- grades ------------------------------------------------------------------------------------

    @Test
    void a_passed_quiz_is_posted_once_to_the_line_item_it_was_launched_from() throws Exception {
        String subject = subject();
        String lineItem = "quiz-" + subject;
        long accountId = launchIntoTheQuiz(platform, subject, lineItem);

        long attemptId = takeTheQuiz(accountId, FixtureJourneys.SAFETY_QUIZ_RIGHT);
        background.awaitDone();

        assertThat(scoresFor(platform, subject)).singleElement().satisfies(score -> {
            assertThat(score.lineItemId()).isEqualTo(lineItem);
            assertThat(score.scoreGiven()).isEqualByComparingTo("100");
            assertThat(score.scoreMaximum()).isEqualByComparingTo("100");
            assertThat(score.comment()).isEqualTo("Passed with 100.0 %.");
            assertThat(score.activityProgress()).isEqualTo("Completed");
            assertThat(score.gradingProgress()).isEqualTo("FullyGraded");
        });

        // The same grading delivered again (a redelivered event): nothing new is owed or posted.
        system.run(() -> {
            gradeReturn.on(new AttemptGraded(attemptId, accountId, COURSE, "PASSED"));
            return null;
        });
        background.awaitDone();
        assertThat(scoresFor(platform, subject)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from lti_grade_post p join lti_grade_link l on l.id = p.link_id"
                + " where l.subject = ?", Long.class, subject)).isEqualTo(1);
    }

    @Test
    void a_safety_critical_failure_is_posted_with_a_comment_that_says_so() throws Exception {
        String subject = subject();
        long accountId = launchIntoTheQuiz(platform, subject, "quiz-" + subject);
        Map<String, Response> harmful = new LinkedHashMap<>(FixtureJourneys.SAFETY_QUIZ_RIGHT);
        harmful.put("lung-depth", new Response.Choice(Set.of("down")));

        takeTheQuiz(accountId, harmful);
        background.awaitDone();

        assertThat(scoresFor(platform, subject)).singleElement().satisfies(score -> {
            assertThat(score.scoreGiven()).isEqualByComparingTo("77.8");
            assertThat(score.scoreMaximum()).isEqualByComparingTo("100");
            assertThat(score.comment()).startsWith("Not passed: a safety-critical mistake fails the attempt whatever the score (77.8 %)");
        });
    }

    @Test
    void a_grade_the_platform_cannot_take_waits_and_is_delivered_once_when_the_retry_is_due() throws Exception {
        String subject = subject();
        long accountId = launchIntoTheQuiz(platform, subject, "quiz-" + subject);
        platform.failNextScorePosts(2);

        takeTheQuiz(accountId, FixtureJourneys.SAFETY_QUIZ_RIGHT);
        background.awaitDone();

        assertThat(scoresFor(platform, subject)).isEmpty();
        GradePost waiting = undelivered(subject);
        assertThat(waiting.status()).isEqualTo("PENDING");
        assertThat(waiting.tries()).isEqualTo(1);
        assertThat(waiting.nextTryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(waiting.lastError()).contains("503");

        gradeReturn.deliverDue();
        assertThat(undelivered(subject).tries()).as("not due yet: not tried").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        gradeReturn.deliverDue();
        GradePost again = undelivered(subject);
        assertThat(again.tries()).isEqualTo(2);
        assertThat(again.nextTryAt()).as("the pause grows").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(scoresFor(platform, subject)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        gradeReturn.deliverDue();
        gradeReturn.deliverDue();

        assertThat(scoresFor(platform, subject)).singleElement().satisfies(score ->
                assertThat(score.comment()).isEqualTo("Passed with 100.0 %."));
        assertThat(asAdmin(() -> platforms.undeliveredGrades()).stream().filter(g -> g.learner().equals(subject))).isEmpty();
    }

    @Test
    void a_grade_owed_to_a_removed_platform_is_dropped_and_shown_to_administrators() throws Exception {
        TestPlatform removable = extraPlatform();
        long removableId = asAdmin(() -> platforms.register(settings(removable, "Closing LMS " + SEQUENCE.incrementAndGet(), null)).id());
        String subject = subject();
        long accountId = launchIntoTheQuiz(removable, subject, "quiz-" + subject);
        assertThat(linkedAccount(removableId, subject)).isEqualTo(accountId);
        asAdmin(() -> platforms.remove(removableId));

        takeTheQuiz(accountId, FixtureJourneys.SAFETY_QUIZ_RIGHT);
        background.awaitDone();

        assertThat(removable.scores()).isEmpty();
        GradePost dropped = undelivered(subject);
        assertThat(dropped.status()).isEqualTo("DROPPED");
        assertThat(dropped.score()).isEqualByComparingTo("100");
        assertThat(dropped.lastError()).contains("removed");
    }

    // ---- deep linking ------------------------------------------------------------------------------

    @Test
    void an_instructor_chooses_a_quiz_and_the_platform_accepts_the_signed_deep_link() throws Exception {
        String subject = subject();
        Launch launch = Launch.instructorDeepLinking(subject, "Tane Instructor", subject + "@clinic.example")
                .withContext("context-" + subject);
        Login login = initiate(platform, launch);
        Map<String, String> form = authenticate(login);

        HttpResponse<String> landed = post(form);

        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location")).hasValue("/lti/deep-linking");
        Map<String, Object> settings = SignedJWT.parse(form.get("id_token")).getJWTClaimsSet()
                .getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
        // What the launch put in the instructor's session, from the same verified token.
        Launches.DeepLinkRequest request = new Launches.DeepLinkRequest(platformId, platform.deploymentId(),
                (String) settings.get("deep_link_return_url"), (String) settings.get("data"), true, "Course context-" + subject);
        SignIn.as(loginAccount(linkedAccount(platformId, subject)));
        String quizKey = "/lti/quiz/" + COURSE + "/" + QUIZ;
        assertThat(deepLinking.choices()).extracting(DeepLinking.Choice::key).contains(quizKey, "/lti/course/" + COURSE);

        DeepLinking.Response response = deepLinking.respond(request, List.of(quizKey));
        HttpResponse<String> returned = send(HttpRequest.newBuilder(URI.create(response.returnUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("JWT", response.jwt())))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(returned.body()).contains("Deep link received: Safety check (Introduction to Trigger Points)");
        assertThat(platform.deepLinks()).last().satisfies(link -> {
            assertThat(link.titles()).containsExactly("Safety check (Introduction to Trigger Points)");
            assertThat(link.urls()).containsExactly("http://localhost:" + PORT + quizKey);
            assertThat(link.data()).isEqualTo(settings.get("data"));
        });
    }

    // ---- rosters -----------------------------------------------------------------------------------

    @Test
    void an_instructor_who_manages_here_previews_the_platform_course_roster_with_the_staff_import_checks() throws Exception {
        String subject = subject();
        String context = "context-" + subject;
        platform.roster(context, List.of(
                Member.of("m1-" + subject, "Hemi Learner", "hemi-" + subject + "@clinic.example", TestPlatform.LEARNER),
                Member.of("m2-" + subject, "Mere Learner", "mere-" + subject + "@clinic.example", TestPlatform.LEARNER),
                Member.of("m3-" + subject, "Nomail Learner", null, TestPlatform.LEARNER),
                Member.of("m4-" + subject, "Other Teacher", "teacher-" + subject + "@clinic.example", TestPlatform.INSTRUCTOR)));
        Launch launch = Launch.instructor(subject, "Rangi Manager", subject + "@clinic.example", courseLink())
                .withContext(context).withLineItem(null);

        assertThat(launch(platform, launch).statusCode()).isEqualTo(303);
        LoginAccount manager = loginAccount(linkedAccount(platformId, subject));
        assertThat(manager.roles()).contains(Role.MANAGER, Role.LEARNER);
        SignIn.as(manager);

        String key = platformId + "|" + context;
        assertThat(rosters.rostersOfCaller()).containsExactly(new RosterSource.Roster(key, "Course " + context + " · Test LMS"));
        List<RosterSource.Person> people = rosters.people(key);
        assertThat(people).containsExactly(
                new RosterSource.Person("Hemi Learner", "hemi-" + subject + "@clinic.example"),
                new RosterSource.Person("Mere Learner", "mere-" + subject + "@clinic.example"),
                new RosterSource.Person("Nomail Learner", null));

        long accountsBefore = accounts.count();
        StaffImportReport preview = organisations.importRoster(people, false);

        assertThat(preview.applied()).isFalse();
        assertThat(preview.accepted()).isEqualTo(2);
        assertThat(preview.rows()).filteredOn(r -> r.outcome() == StaffImportReport.Outcome.REJECTED).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Nomail Learner"));
        assertThat(accounts.count()).as("a preview imports nobody").isEqualTo(accountsBefore);
    }

    // ---- the protocol, step by step -----------------------------------------------------------------

    /** The login initiation's answer: where the tool sent the browser, with the state and nonce it issued. */
    record Login(URI authentication, String state, String nonce) {
    }

    /** Sends the browser to the tool's login initiation; the tool must redirect to the platform's authentication. */
    private Login initiate(TestPlatform from, Launch launch) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(from.loginInitiation(launch)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("login initiation: " + response.body()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(from.authorizationUrl() + "?");
        Map<String, String> query = parse(location.getRawQuery());
        return new Login(location, query.get("state"), query.get("nonce"));
    }

    /** Follows the redirect to the platform, which answers a form carrying the id_token and state. */
    private Map<String, String> authenticate(Login login) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(login.authentication()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("platform authentication: " + response.body()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("form").attr("action")).isEqualTo(LtiToolServer.toolBaseUrl() + "lti/launch");
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        assertThat(fields).containsKeys("id_token", "state");
        return fields;
    }

    /** Posts a form to the tool's launch endpoint, as the platform's page does. */
    private HttpResponse<String> post(Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(LtiToolServer.toolBaseUrl() + "lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The whole launch: initiation, authentication, the posted id_token; the tool's answer to the last. */
    private HttpResponse<String> launch(TestPlatform from, Launch launch) throws IOException, InterruptedException {
        return post(authenticate(initiate(from, launch)));
    }

    /** A launch whose login is real but whose id_token the platform forged one way. */
    private void assertForgedTokenRefused(Tweak tweak, String check) throws IOException, InterruptedException {
        Launch launch = Launch.learner(subject(), "Forged Learner", null, quizLink()).withLineItem("forged");
        Login login = initiate(platform, launch);
        Counts before = counts();

        HttpResponse<String> response = post(Map.of("id_token", platform.idToken(launch, login.nonce(), tweak),
                "state", login.state()));

        assertRefused(response, check);
        assertThat(counts()).isEqualTo(before);
        // The login was not used up by the refusal: the genuine token still gets in.
        HttpResponse<String> genuine = post(Map.of("id_token", platform.idToken(launch, login.nonce(), Tweak.NONE),
                "state", login.state()));
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(303);
    }

    /** Sends a request as the browser would: with the tool's cookies, keeping those the tool sets. */
    private HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> body)
            throws IOException, InterruptedException {
        boolean tool = request.uri().toString().startsWith(LtiToolServer.toolBaseUrl());
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (tool && !cookies.isEmpty()) {
            withCookies.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(withCookies.build(), body);
        if (tool) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                HttpCookie cookie = HttpCookie.parse(header).get(0);
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return response;
    }

    private static void assertRefused(HttpResponse<String> response, String check) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.getElementById("check")).as(response.body()).isNotNull();
        assertThat(page.getElementById("check").attr("data-check")).as(page.getElementById("reason").text()).isEqualTo(check);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    /** Rows a launch creates. */
    record Counts(long accounts, long people, long gradeLinks, long contexts) {
    }

    private Counts counts() {
        return new Counts(accounts.count(), count("lti_person"), count("lti_grade_link"), count("lti_context"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String sessionCookie() {
        return cookies.get("JSESSIONID");
    }

    private List<String> publishedKids() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(LtiToolServer.toolBaseUrl() + "lti/jwks"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JWKSet set = JWKSet.parse(response.body());
        assertThat(set.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).as("only public keys").isFalse());
        return set.getKeys().stream().map(JWK::getKeyID).toList();
    }

    // ---- people and quizzes -------------------------------------------------------------------------

    /** A learner launched from a quiz link with a line item; returns their account. */
    private long launchIntoTheQuiz(TestPlatform from, String subject, String lineItem) throws IOException, InterruptedException {
        HttpResponse<String> response = launch(from, Launch.learner(subject, "Graded " + subject, null, quizLink())
                .withLineItem(lineItem));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return jdbc.queryForObject("select p.account_id from lti_person p join lti_platform f on f.id = p.platform_id"
                + " where f.issuer = ? and p.subject = ?", Long.class, from.issuer(), subject);
    }

    /** As the learner: enrols, reads the basics, answers the safety quiz and submits; returns the attempt. */
    private long takeTheQuiz(long accountId, Map<String, Response> answers) {
        SignIn.as(loginAccount(accountId));
        try {
            catalog.enrol(COURSE);
            catalog.completeLesson(COURSE, "taut-bands");
            catalog.completeLesson(COURSE, "referred-pain");
            long attempt = attempts.startOrResume(COURSE, QUIZ);
            answers.forEach((item, response) -> attempts.saveResponse(attempt, item, response));
            attempts.submit(attempt);
            return attempt;
        } finally {
            SignIn.out();
        }
    }

    private List<ReceivedScore> scoresFor(TestPlatform from, String subject) {
        return from.scores().stream().filter(s -> s.userId().equals(subject)).toList();
    }

    private GradePost undelivered(String subject) {
        List<GradePost> posts = asAdmin(() -> platforms.undeliveredGrades()).stream().filter(g -> g.learner().equals(subject)).toList();
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    private long linkedAccount(long platform, String subject) {
        return jdbc.queryForObject("select account_id from lti_person where platform_id = ? and subject = ?", Long.class,
                platform, subject);
    }

    private LoginAccount loginAccount(long accountId) {
        return system.run(() -> directory.findForLogin(accountId)).orElseThrow();
    }

    private <T> T asAdmin(Supplier<T> work) {
        SignIn.as(TestAccounts.create(accounts, "LTI Administrator", Role.ADMIN));
        try {
            return work.get();
        } finally {
            SignIn.out();
        }
    }

    private TestPlatform extraPlatform() {
        TestPlatform extra = TestPlatform.start(LtiToolServer.toolBaseUrl()).clock(clock);
        extraPlatforms.add(extra);
        return extra;
    }

    private static PlatformSettings settings(TestPlatform p, String name, Long organisationId) {
        return new PlatformSettings(name, p.issuer(), p.clientId(), p.authorizationUrl(), p.jwksUrl(), p.tokenUrl(),
                List.of(p.deploymentId()), organisationId == null ? Role.AUTHOR : Role.MANAGER, organisationId);
    }

    private static String subject() {
        return "subject-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    }

    private static String courseLink() {
        return LtiToolServer.toolBaseUrl() + "lti/course/" + COURSE;
    }

    private static String quizLink() {
        return LtiToolServer.toolBaseUrl() + "lti/quiz/" + COURSE + "/" + QUIZ;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).map(p -> p.split("=", 2)).forEach(p -> values.put(
                URLDecoder.decode(p[0], StandardCharsets.UTF_8), p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return values;
    }
}
