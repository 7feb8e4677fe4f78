package academy.triggerpoint.lti;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.lti.LaunchRefused.Check;
import academy.triggerpoint.lti.domain.LtiStore;
import academy.triggerpoint.lti.domain.LtiStore.PlatformRow;
import academy.triggerpoint.people.ExternalAccounts;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.PublicAddress;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.SystemTask;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two steps of an LTI 1.3 launch (OIDC third-party initiated login): the platform asks this tool
 * to start a login, and then posts the signed id_token back. Every check runs before anything is
 * written; a refused launch creates no account, link or grade link. Nobody is signed in during
 * either step: the platform's signature is what vouches for the person, so the methods are open,
 * and what they change is written as the system.
 */
@Service
public class Launches {

    private static final Logger log = LoggerFactory.getLogger(Launches.class);
    /** How long a platform has between the login initiation and posting the id_token. */
    static final Duration LOGIN_VALIDITY = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LtiStore store;
    private final PlatformClient client;
    private final CourseLibrary courses;
    private final CatalogService catalog;
    private final ExternalAccounts accounts;
    private final PublicAddress address;
    private final SystemTask system;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Launches(LtiStore store, PlatformClient client, CourseLibrary courses, CatalogService catalog, ExternalAccounts accounts,
             PublicAddress address,
             SystemTask system, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.client = client;
        this.courses = courses;
        this.catalog = catalog;
        this.accounts = accounts;
        this.address = address;
        this.system = system;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Where to send the browser to authenticate, and the state to keep in a cookie until the launch. */
    public record LoginRedirect(String url, String state) {
    }

    /**
     * A checked launch: who is signed in, where they go, and the deep-linking request when it is one.
     * {@code courseId} and {@code moduleId} (the module of the linked quiz or case) are null for deep linking.
     */
    public record Launched(long accountId, String route, DeepLinkRequest deepLinking, String courseId, String moduleId) {
    }

    /** What a platform asked for when an instructor chose to place content (Deep Linking 2.0). */
    public record DeepLinkRequest(long platformId, String deploymentId, String returnUrl, String data, boolean acceptMultiple,
                                  String contextTitle) implements java.io.Serializable {
    }

    /**
     * Step 1: the platform's login initiation. Checks the platform is registered (and the deployment,
     * when named) and the target is this tool's; stores a single-use state and nonce.
     */
    @PreAuthorize("permitAll()")
    public LoginRedirect initiate(Map<String, String> params) {
        String issuer = params.get("iss");
        if (issuer == null || issuer.isBlank()) {
            throw new LaunchRefused(Check.PLATFORM, "The login request does not name its platform (the iss parameter is missing).");
        }
        String clientId = params.get("client_id");
        List<PlatformRow> candidates = store.activePlatformsOf(issuer).stream()
                .filter(p -> clientId == null || clientId.equals(p.clientId())).toList();
        if (candidates.size() != 1) {
            throw new LaunchRefused(Check.PLATFORM, candidates.isEmpty()
                    ? "Platform '" + issuer + "'" + (clientId == null ? "" : " with client id '" + clientId + "'")
                    + " is not registered here. An administrator registers it under LTI platforms."
                    : "Platform '" + issuer + "' is registered with several client ids and the login request names none.");
        }
        PlatformRow platform = candidates.get(0);
        String deployment = params.get("lti_deployment_id");
        if (deployment != null && !store.deployments(platform.id()).contains(deployment)) {
            throw new LaunchRefused(Check.DEPLOYMENT, "Deployment '" + deployment + "' is not registered for platform '"
                    + platform.name() + "'.");
        }
        String loginHint = params.get("login_hint");
        if (loginHint == null || loginHint.isBlank()) {
            throw new LaunchRefused(Check.PLATFORM, "The login request has no login_hint.");
        }
        String target = params.get("target_link_uri");
        if (target == null || !target.startsWith(address.of("/lti/"))) {
            throw new LaunchRefused(Check.TARGET, "The link points at '" + target + "', which is not a link of this tool ("
                    + address.of("/lti/") + "…).");
        }
        String state = random();
        String nonce = random();
        store.insertLogin(new LtiStore.LoginRow(state, nonce, platform.id(), clock.instant(), null));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.clientId());
        query.put("redirect_uri", address.of("/lti/launch"));
        query.put("login_hint", loginHint);
        if (params.get("lti_message_hint") != null) {
            query.put("lti_message_hint", params.get("lti_message_hint"));
        }
        query.put("state", state);
        query.put("nonce", nonce);
        String url = platform.authorizationUrl() + (platform.authorizationUrl().contains("?") ? "&" : "?")
                + query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new LoginRedirect(url, state);
    }

    /**
     * Step 2: the platform posts the id_token. Checks state (and that it matches the browser's
     * cookie, when the browser sent it), signature, issuer, audience, expiry, nonce (once only),
     * deployment, message type and target; then links or creates the account, records the course
     * context and where grades go.
     */
    @PreAuthorize("permitAll()")
    public Launched launch(String idToken, String state, String stateCookie) {
        if (state == null || state.isBlank()) {
            throw new LaunchRefused(Check.STATE, "The launch has no state: it did not start with a login request to this tool.");
        }
        LtiStore.LoginRow login = store.login(state).orElseThrow(() -> new LaunchRefused(Check.STATE,
                "The launch's state is unknown: it did not start with a login request to this tool."));
        Instant now = clock.instant();
        if (login.usedAt() != null) {
            throw new LaunchRefused(Check.NONCE, "This launch was already used once; a launch can be used only once. Open the"
                    + " activity again from your course.");
        }
        if (login.createdAt().plus(LOGIN_VALIDITY).isBefore(now)) {
            throw new LaunchRefused(Check.STATE, "The launch took longer than " + LOGIN_VALIDITY.toMinutes()
                    + " minutes after its login request. Open the activity again from your course.");
        }
        if (stateCookie != null && !stateCookie.equals(state)) {
            throw new LaunchRefused(Check.STATE, "The launch's state does not match the one this browser was given.");
        }
        PlatformRow platform = store.platform(login.platformId()).filter(p -> p.removedAt() == null)
                .orElseThrow(() -> new LaunchRefused(Check.PLATFORM, "The platform of this launch is no longer registered here."));
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken == null ? "" : idToken);
        } catch (ParseException e) {
            throw new LaunchRefused(Check.TOKEN, "The launch's id_token is not a signed JWT.");
        }
        JWTClaimsSet verified = client.verify(jwt, platform);
        IdTokenCheck.LaunchClaims claims = IdTokenCheck.check(verified, new IdTokenCheck.Expected(platform.issuer(),
                platform.clientId(), new HashSet<>(store.deployments(platform.id())), login.nonce()), now);
        Set<Role> roles = roles(claims.roles(), Role.valueOf(platform.instructorRole()));
        boolean deepLinking = LtiClaims.DEEP_LINKING_REQUEST.equals(claims.messageType());
        LtiTarget target = null;
        String moduleId = null;
        if (deepLinking) {
            if (!roles.contains(Role.AUTHOR) && !roles.contains(Role.MANAGER)) {
                throw new LaunchRefused(Check.MESSAGE_TYPE, "Only instructors may choose content to place in a course;"
                        + " the platform says you are a learner here.");
            }
        } else {
            target = LtiTarget.parse(claims.targetLinkUri(), address.of("/")).orElseThrow(() -> new LaunchRefused(Check.TARGET,
                    "The link points at '" + claims.targetLinkUri() + "', which is not a course, quiz or case of this tool."));
            moduleId = offeredModule(target);
        }
        LtiTarget opened = target;
        String openedModule = moduleId;
        Launched launched = transaction.execute(status -> system.run(() -> {
            if (!store.useLogin(state, now)) {
                throw new LaunchRefused(Check.NONCE, "This launch was already used once; a launch can be used only once.");
            }
            long accountId = account(platform, claims, roles);
            if (claims.contextId() != null) {
                store.saveContext(platform.id(), claims.contextId(), claims.contextTitle(), claims.membershipsUrl(), now);
                if (roles.contains(Role.MANAGER)) {
                    store.addInstructor(platform.id(), claims.contextId(), accountId);
                }
            }
            if (opened != null && claims.lineItemUrl() != null && claims.mayPostScores()) {
                store.saveLink(new LtiStore.LinkRow(0, platform.id(), accountId, claims.subject(), claims.lineItemUrl(),
                        opened.courseId(), opened.kind() == LtiTarget.Kind.QUIZ ? opened.partId() : null,
                        opened.kind() == LtiTarget.Kind.CASE ? opened.partId() : null), now);
            }
            DeepLinkRequest request = null;
            if (deepLinking) {
                Map<String, Object> settings = claims.deepLinkingSettings();
                request = new DeepLinkRequest(platform.id(), claims.deploymentId(), (String) settings.get("deep_link_return_url"),
                        settings.get("data") instanceof String data ? data : null,
                        Boolean.TRUE.equals(settings.get("accept_multiple")), claims.contextTitle());
            }
            return deepLinking ? new Launched(accountId, "lti/deep-linking", request, null, null)
                    : new Launched(accountId, opened.route(), null, opened.courseId(), openedModule);
        }));
        log.info("LTI launch from platform {} ({}) for account {} to {}", platform.id(), claims.messageType(),
                launched.accountId(), launched.route());
        return launched;
    }

    /**
     * After sign-in, as the person: a link is an invitation to its course, so they are enrolled (as
     * the course page's button would); when the linked quiz or case is not open to them yet (lessons
     * to read first, or a course they must complete before this one) they go to the course page,
     * which says what is missing.
     *
     * @return the route to open
     */
    @PreAuthorize("isAuthenticated()")
    public String arrive(Launched launched) {
        if (launched.courseId() == null) {
            return launched.route();
        }
        String coursePage = LtiTarget.course(launched.courseId()).route();
        try {
            catalog.enrol(launched.courseId());
            if (launched.moduleId() != null && catalog.moduleAccess(launched.courseId(), launched.moduleId()).lockedReason().isPresent()) {
                return coursePage;
            }
        } catch (InvalidInputException | NotFoundException notOpen) {
            return coursePage;
        }
        return launched.route();
    }

    /**
     * Refuses a target that is not offered any more; otherwise the module of the linked quiz or case
     * (null for a course), which decides whether it is open to the learner on arrival.
     */
    private String offeredModule(LtiTarget target) {
        Optional<CourseDefinition> course = courses.currentCourses().stream().filter(c -> c.id().equals(target.courseId())).findFirst();
        if (course.isEmpty()) {
            throw new LaunchRefused(Check.TARGET, "Course '" + target.courseId() + "' is not offered here any more. Ask your"
                    + " instructor to replace the link.");
        }
        if (target.kind() == LtiTarget.Kind.COURSE) {
            return null;
        }
        Optional<String> module = target.kind() == LtiTarget.Kind.QUIZ
                ? course.get().module(target.partId()).filter(m -> m.quizDefinition().isPresent()).map(m -> m.id())
                : course.get().caseDefinition(target.partId()).map(c -> c.moduleId());
        if (module.isEmpty()) {
            throw new LaunchRefused(Check.TARGET, "The " + target.kind().name().toLowerCase(java.util.Locale.ROOT) + " '"
                    + target.partId() + "' of course '" + course.get().title() + "' is not offered here any more. Ask your"
                    + " instructor to replace the link.");
        }
        return module.get();
    }

    private long account(PlatformRow platform, IdTokenCheck.LaunchClaims claims, Set<Role> roles) {
        Instant now = clock.instant();
        Optional<Long> linked = store.accountOf(platform.id(), claims.subject());
        long accountId;
        if (linked.isPresent()) {
            accountId = linked.get();
        } else {
            Optional<Long> invited = platform.organisationId() == null ? Optional.empty()
                    : accounts.unusedInvitedMember(claims.email(), platform.organisationId())
                    .filter(id -> !store.linkedOnPlatform(platform.id(), id));
            invited.ifPresent(accounts::requireDetailsConfirmation);
            accountId = invited.orElseGet(() -> accounts.create(claims.name(), claims.email(),
                    placeholderEmail(platform.id(), claims.subject()), EnumSet.of(Role.LEARNER), platform.organisationId(),
                    platform.name()));
            store.link(platform.id(), claims.subject(), accountId, now);
        }
        accounts.grant(accountId, roles, platform.organisationId());
        return accountId;
    }

    /** The roles a launch grants: everyone learns; instructors get the platform's instructor role; content developers author. */
    static Set<Role> roles(List<String> ltiRoles, Role instructorRole) {
        EnumSet<Role> roles = EnumSet.of(Role.LEARNER);
        for (String role : ltiRoles) {
            if (role.equals(LtiClaims.INSTRUCTOR) || role.equals(LtiClaims.ADMINISTRATOR) || role.equals("Instructor")) {
                roles.add(instructorRole);
            } else if (role.equals(LtiClaims.CONTENT_DEVELOPER) || role.equals("ContentDeveloper")) {
                roles.add(Role.AUTHOR);
            }
        }
        return roles;
    }

    /** An address that cannot receive mail (RFC 2606), for someone whose platform gave no usable email. */
    static String placeholderEmail(long platformId, String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "lti-" + platformId + "-" + HexFormat.of().formatHex(hash, 0, 12) + "@lti.invalid";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Login states live ten minutes; a day later they are removed. */
    @Scheduled(fixedDelayString = "${academy.lti.login-prune-interval:PT1H}")
    @SchedulerLock(name = "lti-login-prune")
    void pruneLogins() {
        system.run(() -> store.deleteLoginsBefore(clock.instant().minus(Duration.ofDays(1))));
    }
}
