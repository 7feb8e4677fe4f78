package academy.triggerpoint.bench;

import academy.triggerpoint.Application;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.lti.LtiPlatforms;
import academy.triggerpoint.lti.PlatformSettings;
import academy.triggerpoint.lti.TestPlatform;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * LTI launches against the test platform ({@link TestPlatform}, a fake LMS on loopback), timing the
 * tool's side only: the login initiation, the id_token post (all checks, account, sign-in) and the
 * first rendered page (Vaadin's bootstrap page, its init request, and the navigation request that builds and renders the view, as the browser sends them). The
 * platform's own authorization step is not counted. First launches create the account and render the
 * certificate-details confirmation; returning launches render the course page.
 * <pre>./mvnw -q test-compile exec:exec@lti-launch      (-Dlaunches=100)</pre>
 */
public final class LtiLaunchHarness {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]*)\"");
    private static final String COURSE = "dry-needling-foundations";
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int launches = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://localhost:" + port + "/";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:mem:lti-bench;DB_CLOSE_DELAY=-1", "--server.port=" + port,
                        "--academy.base-url=http://localhost:" + port, "--logging.level.root=warn", "--academy.courses.folder=courses",
                        "--academy.jurisdictions.folder=jurisdictions", "--academy.jurisdictions.show-fictional=false");
             TestPlatform platform = TestPlatform.start(base)) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            platform.clock(app.getBean(Clock.class));
            AccountRepository accounts = app.getBean(AccountRepository.class);
            LoginAccount admin = TestAccounts.create(accounts, "Bench Admin", Role.ADMIN);
            SignIn.as(admin);
            app.getBean(LtiPlatforms.class).register(new PlatformSettings("Bench LMS", platform.issuer(), platform.clientId(),
                    platform.authorizationUrl(), platform.jwksUrl(), platform.tokenUrl(), List.of(platform.deploymentId()),
                    Role.LEARNER, null));
            SignIn.out();

            String target = base + "lti/course/" + COURSE;
            for (int i = 0; i < 20; i++) {
                launch(platform, base, "warm-" + i, target, true);
            }
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < launches; i++) {
                first.add(launch(platform, base, "learner-" + i, target, true));
            }
            accounts.saveAll(accounts.findAll().stream().peek(a -> a.setDetailsConfirmed(true)).toList());
            List<Double> returning = new ArrayList<>();
            for (int i = 0; i < launches; i++) {
                returning.add(launch(platform, base, "learner-" + i, target, false));
            }
            System.out.println(launches + " launches each, tool side only (login initiation + launch + first rendered page):");
            Collections.sort(first);
            Collections.sort(returning);
            Timings.report("first launch: account created, details confirmation rendered", first, 500);
            Timings.report("returning launch: course page rendered", returning, 500);
        }
    }

    /** One launch in a fresh browser-like client; the tool's share of the time in ms. */
    private static double launch(TestPlatform platform, String base, String subject, String target, boolean confirming)
            throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        long t0 = System.nanoTime();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(platform.loginInitiation(
                TestPlatform.Launch.learner(subject, "Learner " + subject, subject + "@bench.example", target))).build(),
                HttpResponse.BodyHandlers.ofString());
        long tool = System.nanoTime() - t0;
        expect(login, 302);
        HttpResponse<String> auth = browser.send(HttpRequest.newBuilder(URI.create(login.headers().firstValue("Location").orElseThrow()))
                .build(), HttpResponse.BodyHandlers.ofString());
        expect(auth, 200);
        String idToken = null;
        String state = null;
        Matcher m = HIDDEN.matcher(auth.body());
        while (m.find()) {
            if (m.group(1).equals("id_token")) {
                idToken = m.group(2);
            } else {
                state = m.group(2);
            }
        }
        long t1 = System.nanoTime();
        HttpResponse<String> launched = browser.send(HttpRequest.newBuilder(URI.create(base + "lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id_token=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                        + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        expect(launched, 303);
        String route = URI.create(base).resolve(launched.headers().firstValue("Location").orElseThrow()).getPath().substring(1);
        expect(browser.send(HttpRequest.newBuilder(URI.create(base + route)).build(), HttpResponse.BodyHandlers.ofString()), 200);
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).build(), HttpResponse.BodyHandlers.ofString());
        expect(init, 200);
        // The init request only builds the UI; the browser then asks it to navigate, which renders the view.
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (!key.find()) {
            throw new IllegalStateException("No Vaadin security key in the init response for " + route);
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> view = browser.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(view, 200);
        if (view.body().contains("Confirm what your certificates will print") != confirming) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "lti-launch-unexpected.json"), view.body());
            throw new IllegalStateException("Not the expected view for " + URLDecoder.decode(route, StandardCharsets.UTF_8) + " ("
                    + (confirming ? "confirmation" : "course page") + " expected; the response is in target/lti-launch-unexpected.json)");
        }
        return (tool + System.nanoTime() - t1) / 1e6;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse("") + " " + response.headers().allValues("Set-Cookie") + ": "
                    + response.body().substring(0, Math.min(400, response.body().length())));
        }
    }
}
