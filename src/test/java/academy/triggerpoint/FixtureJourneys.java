package academy.triggerpoint;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner does in the fixture course, for tests that need it done rather than tested. */
public final class FixtureJourneys {

    public static final String COURSE = "intro-course";

    /** The right answer to every item of the fixture's safety quiz. */
    public static final Map<String, Response> SAFETY_QUIZ_RIGHT = Map.of(
            "anticoagulant-screen", new Response.Choice(Set.of("a")),
            "infected-skin", new Response.TrueFalse(false),
            "red-flags", new Response.Choice(Set.of("weight", "night")),
            "referral-match", new Response.Matching(Map.of(0, 0, 1, 1)),
            "evaluation-order", new Response.Ordering(List.of(0, 1, 2, 3)),
            "soreness-hours", new Response.Numeric(new BigDecimal("40")),
            "band-hotspot", new Response.Hotspot(50, 20),
            "lung-depth", new Response.Choice(Set.of("away")));

    private FixtureJourneys() {
    }

    /** Reads the lessons up to the safety quiz. */
    public static void readUpToTheQuiz(CatalogService catalog) {
        List.of("taut-bands", "referred-pain", "contraindications").forEach(l -> catalog.completeLesson(COURSE, l));
    }

    /** Takes the safety quiz with every answer right and submits it; returns the attempt id. */
    public static long passTheQuiz(AttemptService attempts) {
        long id = attempts.startOrResume(COURSE, "safety");
        SAFETY_QUIZ_RIGHT.forEach((item, response) -> attempts.saveResponse(id, item, response));
        attempts.submit(id);
        return id;
    }

    /** Enrols the signed-in learner and completes the fixture course. */
    public static void completeTheCourse(CatalogService catalog, AttemptService attempts) {
        catalog.enrol(COURSE);
        readUpToTheQuiz(catalog);
        passTheQuiz(attempts);
        catalog.completeLesson(COURSE, "first-session");
    }

    /**
     * Works through the fixture's anticoagulation case (safety competency) to its end: the best path
     * when {@code safely}, otherwise the unsafe choice that ends it FAILED_CRITICAL. The learner must
     * have read the basics lessons.
     */
    public static void takeTheAnticoagulationCase(CaseService cases, boolean safely) {
        long id = cases.startOrResume(COURSE, "anticoagulated-neck");
        cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("inr", "bruising")));
        cases.saveResponse(id, "an-sct", new Response.Scale(1));
        cases.proceed(id);
        cases.saveResponse(id, "decide", new Response.Choice(Set.of(safely ? "defer" : "needle-deep")));
        if (cases.proceed(id).finished()) {
            return;
        }
        cases.saveResponse(id, "an-advice", new Response.TrueFalse(true));
        cases.proceed(id);
    }
}
