package academy.triggerpoint.lti;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.lti.domain.LtiStore;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.PublicAddress;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Deep Linking 2.0: an instructor in their platform chooses courses, module quizzes or cases from
 * this tool's catalogue, and the tool answers with a signed list of links (each with a gradebook
 * column for quizzes and cases) that the platform places in the instructor's course.
 */
@Service
public class DeepLinking {

    /** HTTP session attribute: the {@link Launches.DeepLinkRequest} of the instructor's launch. */
    public static final String REQUEST_ATTRIBUTE = DeepLinking.class.getName() + ".request";
    /** HTTP session attribute: the signed {@link Response} waiting to be posted back by {@code /lti/deep-linking/return}. */
    public static final String RESPONSE_ATTRIBUTE = DeepLinking.class.getName() + ".response";

    private final CourseLibrary courses;
    private final LtiStore store;
    private final ToolKeys keys;
    private final PublicAddress address;
    private final Clock clock;

    DeepLinking(CourseLibrary courses, LtiStore store, ToolKeys keys, PublicAddress address, Clock clock) {
        this.courses = courses;
        this.store = store;
        this.keys = keys;
        this.address = address;
        this.clock = clock;
    }

    /** Something an instructor can place: {@code key} identifies it in {@link #respond}. */
    public record Choice(String key, String courseTitle, String kind, String title, boolean graded) {
    }

    /** The signed answer and where the browser posts it. */
    public record Response(String returnUrl, String jwt, List<String> titles) implements Serializable {
    }

    /** Every course, module quiz and case of the current versions, in catalogue order. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'MANAGER', 'ADMIN')")
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        for (CourseDefinition course : courses.currentCourses()) {
            choices.add(new Choice(LtiTarget.course(course.id()).linkPath(), course.title(), "course", course.title(), false));
            for (ModuleDefinition module : course.modules()) {
                module.quizDefinition().ifPresent(quiz -> choices.add(new Choice(LtiTarget.quiz(course.id(), module.id()).linkPath(),
                        course.title(), "quiz", quiz.title() == null || quiz.title().isBlank() ? module.title() : quiz.title(), true)));
            }
            for (CaseDefinition c : course.cases()) {
                choices.add(new Choice(LtiTarget.ofCase(course.id(), c.id()).linkPath(), course.title(), "case", c.title(), true));
            }
        }
        return choices;
    }

    /**
     * Signs the response carrying the chosen items, for the request the caller's launch made.
     *
     * @throws InvalidInputException when nothing, or more than the platform accepts, is chosen
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'MANAGER', 'ADMIN')")
    public Response respond(Launches.DeepLinkRequest request, List<String> chosenKeys) {
        if (chosenKeys.isEmpty()) {
            throw new InvalidInputException("choice", "Choose at least one course, quiz or case to place in your course.");
        }
        if (chosenKeys.size() > 1 && !request.acceptMultiple()) {
            throw new InvalidInputException("choice", "Your platform accepts one item at a time: choose one.");
        }
        LtiStore.PlatformRow platform = store.platform(request.platformId()).filter(p -> p.removedAt() == null)
                .orElseThrow(() -> new InvalidInputException("platform", "Your platform is no longer registered here."));
        Map<String, Choice> byKey = new LinkedHashMap<>();
        choices().forEach(c -> byKey.put(c.key(), c));
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String key : chosenKeys) {
            Choice choice = byKey.get(key);
            if (choice == null) {
                throw new InvalidInputException("choice", "'" + key + "' is no longer offered; reload the list.");
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "ltiResourceLink");
            String title = choice.kind().equals("course") ? choice.title() : choice.title() + " (" + choice.courseTitle() + ")";
            item.put("title", title);
            item.put("url", address.of(key));
            item.put("window", Map.of("targetName", "trigger-point-academy"));
            if (choice.graded()) {
                item.put("lineItem", Map.of("scoreMaximum", 100, "label", title, "resourceId", key));
            }
            items.add(item);
            titles.add(title);
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId()).audience(platform.issuer())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEEP_LINKING_ITEMS, items);
        if (request.data() != null) {
            claims.claim(LtiClaims.DEEP_LINKING_DATA, request.data());
        }
        return new Response(request.returnUrl(), keys.sign(claims.build()), List.copyOf(titles));
    }
}
