package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFolders;
import academy.triggerpoint.catalog.content.GradingPolicy;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Safety points of the shipped courses that a later edit must not quietly undo (issue 25, points 1 to 8a). */
class SafetyContentTest {

    private static final Path COURSES = Path.of("courses");
    private static final Pattern NEURO_SIGNS_TO_THE_CLINIC =
            Pattern.compile("(?i)(numbness|weakness)[^\\n]*:\\s*contact the clinic\\.");

    private static List<CourseDefinition> shipped() {
        return CourseFolders.check(COURSES).stream().map(c -> c.result().course().orElseThrow()).toList();
    }

    private static CourseDefinition shipped(String id) {
        return shipped().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Path> contentFiles() {
        try (Stream<Path> files = Files.walk(COURSES)) {
            return files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void new_numbness_or_weakness_after_needling_is_never_left_for_the_clinic_or_the_next_contact() {
        assertThat(contentFiles()).isNotEmpty().allSatisfy(file -> {
            String text = read(file);
            assertThat(text).as(file.toString()).doesNotContainIgnoringCase("review at the next contact");
            assertThat(NEURO_SIGNS_TO_THE_CLINIC.matcher(text).find()).as(file.toString()).isFalse();
        });
        List<ItemDefinition.Pair> neurologicalPairs = shipped().stream().flatMap(c -> c.items().stream())
                .filter(ItemDefinition.Matching.class::isInstance).map(ItemDefinition.Matching.class::cast)
                .flatMap(m -> m.pairs().stream())
                .filter(p -> p.left().toLowerCase().contains("numbness") || p.left().toLowerCase().contains("weakness"))
                .toList();
        assertThat(neurologicalPairs).isNotEmpty()
                .allSatisfy(p -> assertThat(p.right()).as(p.left()).containsIgnoringCase("emergency"));
    }

    @Test
    void both_adverse_event_lessons_teach_the_emergency_pathway_for_new_signs_after_needling_near_the_spine() {
        for (String lesson : List.of(
                "dry-needling-foundations/modules/needle-safety/adverse-events-recognition-and-response.md",
                "needle-safety-refresher/modules/needle-safety-essentials/recognising-and-managing-adverse-events.md")) {
            assertThat(read(COURSES.resolve(lesson))).as(lesson)
                    .contains("spinal epidural haematoma", "Call emergency services", "emergency department the same day")
                    .containsIgnoringCase("next appointment");
        }
    }

    @Test
    void re_inserting_the_needles_straight_after_a_faint_ends_the_case_as_a_critical_failure() {
        CaseDefinition fainting = shipped("dry-needling-foundations").cases().stream()
                .filter(c -> c.id().equals("lateral-elbow-fainting-history")).findFirst().orElseThrow();

        CaseDefinition.Choice reinsert = fainting.stage("faint").orElseThrow().decision().choices().stream()
                .filter(c -> c.id().equals("reinsert")).findFirst().orElseThrow();

        assertThat(reinsert.ending()).isEqualTo(CaseDefinition.Ending.CRITICAL);
        assertThat(reinsert.credit()).isZero();
        assertThat(reinsert.explanation()).contains("needling", "session");
    }

    @Test
    void every_course_summary_says_an_online_course_does_not_by_itself_qualify_anyone_to_needle() {
        assertThat(shipped()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(course -> assertThat(course.summary())
                .as(course.id()).contains("does not by itself qualify or authorise anyone to needle"));
    }
    @Test
    void needling_both_sides_of_the_chest_ends_critically_and_lung_depth_is_taught_with_measured_sources() {
        CaseDefinition headache = shipped("dry-needling-foundations").cases().stream()
                .filter(c -> c.id().equals("tension-headache-upper-trapezius")).findFirst().orElseThrow();
        CaseDefinition.Choice bothSides = headache.stage("decide").orElseThrow().decision().choices().stream()
                .filter(c -> c.id().equals("many-needles")).findFirst().orElseThrow();

        assertThat(bothSides.ending()).isEqualTo(CaseDefinition.Ending.CRITICAL);
        assertThat(bothSides.explanation()).contains("both sides of the chest", "Chen and colleagues, 2018");
        assertThat(bothSides.rationale()).contains("Council of South Africa", "spinal canal");

        assertThat(contentFiles()).allSatisfy(file ->
                assertThat(read(file)).as(file.toString()).doesNotContainIgnoringCase("a centimetre or two"));
        for (String lesson : List.of(
                "dry-needling-foundations/modules/needle-safety/thorax-and-lung-field-hazards.md",
                "needle-safety-refresher/modules/needle-safety-essentials/pneumothorax-prevention-and-response.md")) {
            assertThat(read(COURSES.resolve(lesson))).as(lesson)
                    .contains("Chen and colleagues, 2018", "Kim, Lee and Kim, 2002", "both sides", "hub",
                            "Allied Health Professions Council of South Africa", "spinal canal");
        }
    }

    @Test
    void the_upper_quarter_lesson_teaches_the_spinal_canal_and_does_not_offer_suboccipital_needling() {
        String lesson = read(COURSES.resolve(
                "dry-needling-foundations/modules/indications-and-clinical-reasoning/upper-quarter-conditions.md"));

        assertThat(lesson).contains("interlaminar", "Kearns and colleagues, 2022", "Berrigan and colleagues (2018)",
                "do not needle the suboccipital region");
        assertThat(lesson).doesNotContain("levator scapulae, splenius, suboccipital muscles), alongside");
    }

    @Test
    void consent_is_taught_with_frequencies_and_the_patients_own_risk_and_no_lean_patient_case_stops_at_a_rare_risk() {
        String lesson = read(COURSES.resolve(
                "dry-needling-foundations/modules/needle-safety/positioning-and-informed-consent.md"));
        assertThat(lesson).contains("Brady and colleagues, 2014", "Boyce and colleagues, 2020", "1 in 1,000",
                "1 in 5", "own raised risk", "Thin build", "Scoliosis", "Anticoagulant", "fainting",
                "Documenting consent", "with the figures you gave");
        assertThat(read(COURSES.resolve(
                "needle-safety-refresher/modules/needle-safety-essentials/consent-documentation-and-reporting.md")))
                .contains("1 in 1,000", "own raised risks", "with the figures given");

        assertThat(contentFiles()).allSatisfy(file -> assertThat(read(file).replaceAll("\\s+", " "))
                .as(file.toString()).doesNotContainIgnoringCase("the rare risk of pneumothorax"));
        for (String caseId : List.of("tension-headache-upper-trapezius", "interscapular-pain-lean-rower")) {
            CaseDefinition.Stage decide = shipped("dry-needling-foundations").cases().stream()
                    .filter(c -> c.id().equals(caseId)).findFirst().orElseThrow().stage("decide").orElseThrow();
            List<ItemDefinition.Choice> consentItems = decide.items().stream()
                    .filter(ItemDefinition.Choice.class::isInstance).map(ItemDefinition.Choice.class::cast).toList();
            ItemDefinition.Option keyed = consentItems.stream().filter(i -> !i.multiple())
                    .flatMap(i -> i.options().stream()).filter(ItemDefinition.Option::correct)
                    .findFirst().orElseThrow();
            assertThat(keyed.text()).as(caseId).contains("1 in 1,000", "slim", "higher for you");
            assertThat(consentItems.stream().filter(ItemDefinition.Choice::multiple)
                    .flatMap(i -> i.options().stream()).filter(ItemDefinition.Option::correct)
                    .map(ItemDefinition.Option::text)).as(caseId)
                    .anySatisfy(t -> assertThat(t).contains("figures you gave"))
                    .anySatisfy(t -> assertThat(t).contains("slim build"));
        }
    }

    @Test
    void foundations_has_a_case_with_new_neurological_signs_and_one_with_a_delayed_pneumothorax_where_waiting_fails() {
        CourseDefinition foundations = shipped("dry-needling-foundations");
        CaseDefinition neck = foundations.cases().stream()
                .filter(c -> c.id().equals("neck-pain-new-neurological-signs")).findFirst().orElseThrow();
        CaseDefinition lung = foundations.cases().stream()
                .filter(c -> c.id().equals("upper-back-pain-breathless-next-morning")).findFirst().orElseThrow();

        CaseDefinition.Decision newSigns = neck.stage("new-signs").orElseThrow().decision();
        assertThat(newSigns.best().text()).contains("call emergency services now", "aspirin");
        for (String unsafe : List.of("wait-and-see", "review-next-week", "gp-tomorrow")) {
            assertThat(newSigns.choice(unsafe).orElseThrow().ending()).as(unsafe).isEqualTo(CaseDefinition.Ending.CRITICAL);
        }
        assertThat(neck.stage("decide").orElseThrow().decision().choice("deep-paraspinal").orElseThrow().ending())
                .isEqualTo(CaseDefinition.Ending.CRITICAL);

        CaseDefinition.Decision phoneCall = lung.stage("phone-call").orElseThrow().decision();
        assertThat(phoneCall.best().text()).contains("emergency services", "must not drive");
        for (String unsafe : List.of("rest-and-see", "review-friday", "clinic-this-morning", "gp-surgery")) {
            assertThat(phoneCall.choice(unsafe).orElseThrow().ending()).as(unsafe).isEqualTo(CaseDefinition.Ending.CRITICAL);
        }
        assertThat(lung.stage("decide").orElseThrow().decision().choice("both-sides").orElseThrow().ending())
                .isEqualTo(CaseDefinition.Ending.CRITICAL);
        assertThat(phoneCall.choices()).filteredOn(c -> c.ending() != CaseDefinition.Ending.CRITICAL)
                .allSatisfy(c -> assertThat(c.text()).as(c.id()).containsIgnoringCase("emergency"));
        assertThat(newSigns.choices()).filteredOn(c -> c.ending() != CaseDefinition.Ending.CRITICAL)
                .allSatisfy(c -> assertThat(c.text()).as(c.id()).containsIgnoringCase("emergency"));

        assertThat(foundations.grading().components())
                .filteredOn(c -> neck.id().equals(c.caseId()) || lung.id().equals(c.caseId()))
                .extracting(GradingPolicy.Component::weight).containsExactly(1, 1);
    }

    @Test
    void gloves_follow_standard_precautions_and_no_unsourced_session_numbers_are_taught_or_tested_as_facts() {
        for (String lesson : List.of("dry-needling-foundations/modules/needle-safety/needles-hygiene-and-sharps.md",
                "needle-safety-refresher/modules/needle-safety-essentials/hygiene-and-sharps-essentials.md")) {
            assertThat(read(COURSES.resolve(lesson))).as(lesson).contains("Standard precautions apply to every patient");
        }
        assertThat(contentFiles()).allSatisfy(file -> assertThat(read(file).replaceAll("\\s+", " "))
                .as(file.toString())
                .doesNotContainIgnoringCase("known blood-borne infection);")
                .doesNotContainIgnoringCase("two or three sessions")
                .doesNotContainIgnoringCase("two to three sessions")
                .doesNotContainIgnoringCase("15 to 45 minutes")
                .doesNotContainIgnoringCase("15 and 45 minutes"));
        CourseDefinition foundations = shipped("dry-needling-foundations");
        List<ItemDefinition> bankAndCaseItems = Stream.concat(foundations.items().stream(), foundations.cases().stream()
                .flatMap(c -> c.stages().stream()).flatMap(stage -> stage.items().stream())).toList();
        assertThat(bankAndCaseItems).filteredOn(ItemDefinition.Numeric.class::isInstance)
                .map(ItemDefinition.Numeric.class::cast)
                .filteredOn(n -> n.unit().equals("minutes") || n.unit().equals("sessions"))
                .as("numeric items on session length or number, each must rest on a cited study")
                .allSatisfy(n -> assertThat(n.common().stem() + n.common().rationale()).contains("Boyce"));
    }

    @Test
    void abdominal_and_lumbar_organs_are_taught_with_measured_sources_and_every_quiz_attempt_asks_about_one() {
        for (String lesson : List.of(
                "dry-needling-foundations/modules/needle-safety/thorax-and-lung-field-hazards.md",
                "needle-safety-refresher/modules/needle-safety-essentials/pneumothorax-prevention-and-response.md")) {
            assertThat(read(COURSES.resolve(lesson))).as(lesson)
                    .contains("kidney", "12th rib", "22%", "44%", "López-Castellanos and colleagues", "23.4 mm",
                            "Wang, Hou and Wei", "Williams and colleagues", "medially", "blood in the urine");
        }
        assertThat(read(COURSES.resolve("dry-needling-foundations/modules/needle-safety/thorax-and-lung-field-hazards.md")))
                .contains("Needle length by region", "minus the part left outside the skin", "Cushman and colleagues (2021)",
                        "Quadratus lumborum");

        CourseDefinition foundations = shipped("dry-needling-foundations");
        assertThat(foundations.modules().stream().filter(m -> m.id().equals("needle-safety")).findFirst().orElseThrow()
                .quiz().draw()).anySatisfy(pool -> assertThat(pool.tags()).containsExactly("trunk-organs"));
        List<ItemDefinition> trunkItems = foundations.items().stream()
                .filter(i -> i.common().tags().contains("trunk-organs")).toList();
        assertThat(trunkItems).as("every item a trunk-organs draw can pick assesses needle safety")
                .isNotEmpty().allSatisfy(i -> assertThat(i.common().competency()).isEqualTo("needle-safety"));
        assertThat(trunkItems.stream().filter(i -> i.common().critical()).map(i -> i.common().id()))
                .contains("ns-quadratus-lumborum-kidney", "ns-lumbar-needle-medial", "ns-abdominal-wall-lean-patient");
        assertThat(trunkItems.stream().filter(i -> i.common().critical())).allSatisfy(i ->
                assertThat(((ItemDefinition.Choice) i).options()).anySatisfy(o -> assertThat(o.harmful()).isTrue()));

        assertThat(read(COURSES.resolve(
                "dry-needling-foundations/modules/indications-and-clinical-reasoning/lower-quarter-and-widespread-pain.md")))
                .contains("12th rib", "outside the scope of this course");
        CaseDefinition pregnancy = foundations.cases().stream()
                .filter(c -> c.id().equals("low-back-pain-early-pregnancy")).findFirst().orElseThrow();
        assertThat(pregnancy.stage("decide").orElseThrow().decision().choices())
                .allSatisfy(c -> assertThat(c.text()).doesNotContain("multifidus"));
    }
}
