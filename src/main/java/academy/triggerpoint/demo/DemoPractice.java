package academy.triggerpoint.demo;

import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.practice.NewObservation;
import academy.triggerpoint.practice.NewPracticeEntry;
import academy.triggerpoint.practice.Observations;
import academy.triggerpoint.practice.PracticeLog;
import academy.triggerpoint.practice.PracticeMode;
import academy.triggerpoint.security.DemoSignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's practical training, through the same services people use: Tāne practises in
 * Florida and Georgia with a countersigned log (cleared in Florida, not yet in Georgia); the demo
 * learner practises in Florida with one entry countersigned, one returned and one waiting for the
 * demo supervisor; the supervisor observed Tāne's needling (passed) and the learner's (a critical
 * step missed).
 */
@Component
@Profile("demo")
@Order(3)
class DemoPractice implements ApplicationRunner {

    static final String SUPERVISOR = "supervisor@demo.academy";
    private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

    private final DemoSignIn signIn;
    private final DemoClock clock;
    private final PracticeLog practice;
    private final Jurisdictions jurisdictions;
    private final JdbcTemplate jdbc;
    private final AccountDirectory accounts;
    private final Observations observations;

    DemoPractice(DemoSignIn signIn, DemoClock clock, PracticeLog practice, Jurisdictions jurisdictions, JdbcTemplate jdbc,
                 AccountDirectory accounts, Observations observations) {
        this.accounts = accounts;
        this.observations = observations;
        this.signIn = signIn;
        this.clock = clock;
        this.practice = practice;
        this.jurisdictions = jurisdictions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer logged = jdbc.queryForObject("select count(*) from practice_entry", Integer.class);
        if (logged != null && logged > 0 || signIn.as(SUPERVISOR, jurisdictions::all).isEmpty()) {
            return;
        }
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            long supervisor = accounts.findForLogin(SUPERVISOR).orElseThrow().id();
            tane(today, supervisor);
            learner(today, supervisor);
            observed(today);
            log.info("Demo practical training created");
        } catch (RuntimeException e) {
            log.error("Demo practical training could not be created", e);
        }
    }

    private void tane(LocalDate today, long supervisor) {
        String tane = DemoHistory.CLEARED;
        List<Long> ids = signIn.as(tane, () -> {
            jurisdictions.register("us-fl", "PT 31877", today.minusYears(6));
            jurisdictions.register("us-ga", "PT 014422", today.minusYears(6));
            Set<String> upper = Set.of("cervical", "shoulder-girdle", "thoracic-paraspinal");
            Set<String> lower = Set.of("lumbar", "hip", "knee", "ankle-foot");
            List<Long> entries = new java.util.ArrayList<>();
            for (int day = 0; day < 3; day++) {
                entries.add(practice.record(new NewPracticeEntry(today.minusDays(120 - day), BigDecimal.valueOf(8),
                        PracticeMode.IN_PERSON_COURSE, "Dry needling level 1 workshop (Auckland)", day == 2 ? lower : upper, 0,
                        supervisor, day == 0 ? "Landmarks, needle handling, sharps, lung-field rule over the thorax" : null, null)));
            }
            for (int week = 0; week < 5; week++) {
                entries.add(practice.record(new NewPracticeEntry(today.minusDays(90 - 7L * week), BigDecimal.valueOf(4),
                        PracticeMode.SUPERVISED_NEEDLING, "Supervised clinic, Harbour Physiotherapy", week % 2 == 0 ? upper : lower, 5,
                        supervisor, "Upper trapezius, gluteus medius; 30 and 50 mm needles", null)));
            }
            jurisdictions.recordAttestation("us-fl", "board-attestation", today.minusDays(50), "DH5057-attestation.pdf",
                    "%PDF-1.7 demo attestation".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return entries;
        });
        signIn.as(SUPERVISOR, () -> ids.forEach(practice::countersign));
    }

    /**
     * Observations of the foundations course's practical by the demo supervisor: Tāne passed; the demo
     * learner missed the lung-field step (needled the upper trapezius pointing down) and was stopped.
     */
    private void observed(LocalDate today) {
        long tane = accounts.findForLogin(DemoHistory.CLEARED).orElseThrow().id();
        long learner = accounts.findForLogin(DemoHistory.LEARNER).orElseThrow().id();
        signIn.as(SUPERVISOR, () -> {
            Observations.Practical practical = observations.practicals().stream()
                    .filter(p -> p.reference().equals("dry-needling-foundations/observed-needling")).findFirst().orElseThrow();
            java.util.Map<String, Boolean> all = new java.util.LinkedHashMap<>();
            practical.definition().steps().forEach(step -> all.put(step.id(), true));
            observations.record(new NewObservation(tane, practical.courseId(), practical.definition().id(), today.minusDays(20), all,
                    java.util.Map.of("lung-field", "Clear pincer grip, needle across the fold towards the fingers"),
                    "Safe, unhurried technique; good explanation of delayed pneumothorax signs."));
            java.util.Map<String, Boolean> missed = new java.util.LinkedHashMap<>(all);
            missed.put("lung-field", false);
            missed.put("documentation", false);
            observations.record(new NewObservation(learner, practical.courseId(), practical.definition().id(), today.minusDays(5),
                    missed, java.util.Map.of("lung-field", "Started to insert perpendicular to the skin over the lung apex; stopped by the assessor"),
                    "Repeat after practising the pincer grip on the upper trapezius in the workshop."));
        });
    }

    private void learner(LocalDate today, long supervisor) {
        String learner = DemoHistory.LEARNER;
        long[] ids = signIn.as(learner, () -> {
            jurisdictions.register("us-fl", "PT 40211", today.minusYears(4));
            long course = practice.record(new NewPracticeEntry(today.minusDays(30), BigDecimal.valueOf(8), PracticeMode.IN_PERSON_COURSE,
                    "Dry needling level 1 workshop (Wellington)", Set.of("cervical", "shoulder-girdle"), 0, supervisor, null, null));
            long wrong = practice.record(new NewPracticeEntry(today.minusDays(20), BigDecimal.valueOf(6), PracticeMode.SUPERVISED_NEEDLING,
                    "Supervised clinic", Set.of("lumbar"), 6, supervisor, "Lumbar multifidus", null));
            long waiting = practice.record(new NewPracticeEntry(today.minusDays(3), new BigDecimal("3.5"), PracticeMode.SUPERVISED_NEEDLING,
                    "Supervised clinic, Harbour Physiotherapy", Set.of("shoulder-girdle", "cervical"), 4, supervisor,
                    "Infraspinatus and upper trapezius, 30 mm needles", null));
            return new long[] {course, wrong, waiting};
        });
        signIn.as(SUPERVISOR, () -> {
            practice.countersign(ids[0]);
            practice.returnEntry(ids[1], "That afternoon was 3 hours with 3 patients, not 6 and 6: please correct it.");
        });
    }
}
