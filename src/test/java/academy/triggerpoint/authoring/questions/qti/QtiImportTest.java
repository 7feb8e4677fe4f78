package academy.triggerpoint.authoring.questions.qti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.questions.Rejection;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Packages as other systems write them (hand-written here in the shapes QTI 2.1 and 3.0 use) and broken
 * ones: each item imported whole or rejected with its file, line and reason.
 */
class QtiImportTest {

    static final QtiImport.Target TARGET = new QtiImport.Target("basics", "overview", Set.of("overview"), Set.of(),
            Set.of(), path -> Optional.empty());

    static final String QTI2_CHOICE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="Warfarin_Screen"
                title="Warfarin" adaptive="false" timeDependent="false">
              <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                <correctResponse><value>ChoiceB</value></correctResponse>
              </responseDeclaration>
              <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
              <itemBody>
                <p>A patient on <strong>warfarin</strong> asks for needling.</p>
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
                  <prompt>What comes first?</prompt>
                  <simpleChoice identifier="ChoiceA">Needle as usual</simpleChoice>
                  <simpleChoice identifier="ChoiceB">Ask about the latest INR<feedbackInline outcomeIdentifier="FEEDBACK"
                      identifier="ChoiceB" showHide="show">Screen first.</feedbackInline></simpleChoice>
                </choiceInteraction>
              </itemBody>
              <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
              <modalFeedback outcomeIdentifier="SOLUTION" identifier="WHY" showHide="show">Anticoagulation raises the risk of bleeding.</modalFeedback>
            </assessmentItem>
            """;

    static String qti3(String identifier, String response, String interaction) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="%s" title="t"
                    adaptive="false" time-dependent="false">
                  %s
                  <qti-item-body>
                    <p>Which needle length reaches the pleura?</p>
                    %s
                  </qti-item-body>
                  <qti-modal-feedback outcome-identifier="SOLUTION" identifier="WHY" show-hide="show"><qti-content-body><p>Because.</p></qti-content-body></qti-modal-feedback>
                </qti-assessment-item>
                """.formatted(identifier, response, interaction);
    }

    static final String DECLARE_B = """
            <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                <qti-correct-response><qti-value>B</qti-value></qti-correct-response>
              </qti-response-declaration>""";

    static final String CHOICE_AB = """
            <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
                  <qti-simple-choice identifier="A">15 mm</qti-simple-choice>
                  <qti-simple-choice identifier="B">50 mm</qti-simple-choice>
                </qti-choice-interaction>""";

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static String manifest(String... items) {
        StringBuilder resources = new StringBuilder();
        for (String item : items) {
            resources.append("<resource identifier=\"r").append(Math.abs(item.hashCode()))
                    .append("\" type=\"imsqti_item_xmlv3p0\" href=\"").append(item).append("\"><file href=\"")
                    .append(item).append("\"/></resource>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="M">
                <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
                <organizations/>
                <resources>
                %s</resources>
                </manifest>
                """.formatted(resources);
    }

    /** A package of the good item and the bad ones the issue names, by file. */
    static byte[] mixedPackage() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest("items/good.xml", "items/essay.xml", "items/missing-choice.xml", "items/composite.xml"));
        files.put("items/good.xml", qti3("good", DECLARE_B, CHOICE_AB));
        files.put("items/essay.xml", qti3("essay", DECLARE_B.replace("identifier\"", "string\""),
                "<qti-extended-text-interaction response-identifier=\"RESPONSE\"/>"));
        files.put("items/missing-choice.xml", qti3("missing", DECLARE_B.replace(">B<", ">C<"), CHOICE_AB));
        files.put("items/composite.xml", qti3("composite", DECLARE_B, CHOICE_AB + "\n" + CHOICE_AB));
        return zip(files);
    }

    @Test
    void a_qti_2_1_choice_item_becomes_a_single_choice_item_with_its_prompt_feedback_and_rationale() {
        QtiImport.Result result = QtiImport.read(QTI2_CHOICE.getBytes(StandardCharsets.UTF_8), "warfarin.xml", TARGET);

        assertThat(result.rejected()).isEmpty();
        ItemDefinition.Choice item = (ItemDefinition.Choice) result.items().getFirst();
        assertThat(item.id()).isEqualTo("warfarin-screen");
        assertThat(item.multiple()).isFalse();
        assertThat(item.common().stem()).isEqualTo("A patient on **warfarin** asks for needling.\n\nWhat comes first?");
        assertThat(item.common().rationale()).isEqualTo("Anticoagulation raises the risk of bleeding.");
        assertThat(item.common().lessonId()).isEqualTo("overview");
        assertThat(item.options()).extracting(ItemDefinition.Option::text).containsExactly("Needle as usual", "Ask about the latest INR");
        assertThat(item.options()).extracting(ItemDefinition.Option::correct).containsExactly(false, true);
        assertThat(item.options().get(1).feedback()).isEqualTo("Screen first.");
    }

    @Test
    void each_bad_item_of_a_package_is_named_with_its_file_and_line_and_the_good_one_is_imported() {
        QtiImport.Result result = QtiImport.read(mixedPackage(), "bank.zip", TARGET);

        assertThat(result.items()).extracting(ItemDefinition::id).containsExactly("good");
        assertThat(result.rejected()).extracting(Rejection::toString).containsExactly(
                "bank.zip: items/essay.xml:9: essays (extended-text interactions) cannot be imported: the course format "
                        + "has no free-text answers",
                "bank.zip: items/missing-choice.xml:4: the correct response names choice 'C', which the interaction does "
                        + "not have (it has A, B)",
                "bank.zip: items/composite.xml:13: a composite item with 2 interactions (choiceInteraction) cannot be "
                        + "imported: an item of the course format asks one question; split it into one item each");
    }

    @Test
    void a_package_whose_manifest_is_not_xml_yields_one_rejection_and_no_item() {
        byte[] broken = zip(Map.of("imsmanifest.xml", "<manifest><resources>", "items/good.xml", qti3("good", DECLARE_B, CHOICE_AB)));

        QtiImport.Result result = QtiImport.read(broken, "broken.zip", TARGET);

        assertThat(result.items()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("broken.zip: imsmanifest.xml:1");
            assertThat(r.reason()).startsWith("the file is not well-formed XML");
        });
    }

    @Test
    void an_entry_that_climbs_out_of_the_package_refuses_the_whole_package() {
        byte[] slip = zip(Map.of("../../etc/evil.xml", "<x/>", "imsmanifest.xml", manifest("items/good.xml"),
                "items/good.xml", qti3("good", DECLARE_B, CHOICE_AB)));

        QtiImport.Result result = QtiImport.read(slip, "slip.zip", TARGET);

        assertThat(result.items()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("has an entry whose path leaves the archive: ../../etc/evil.xml"));
    }

    @Test
    void an_item_declaring_a_doctype_is_refused_without_reading_any_entity() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + qti3("xxe", DECLARE_B, CHOICE_AB).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "").replace("15 mm", "&e;");

        QtiImport.Result result = QtiImport.read(xxe.getBytes(StandardCharsets.UTF_8), "xxe.xml", TARGET);

        assertThat(result.items()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("DOCTYPE"));
    }

    @Test
    void a_package_with_more_items_than_allowed_is_refused_whole() {
        String[] paths = new String[QtiImport.MAX_ITEMS + 1];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = "items/i" + i + ".xml";
        }
        QtiImport.Result result = QtiImport.read(zip(Map.of("imsmanifest.xml", manifest(paths))), "huge.zip", TARGET);

        assertThat(result.items()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("more than the 2000"));
    }

    @Test
    void ids_already_used_in_the_course_get_a_suffix() {
        QtiImport.Target taken = new QtiImport.Target("basics", "overview", Set.of("overview"), Set.of(), Set.of("good"),
                path -> Optional.empty());

        QtiImport.Result result = QtiImport.read(mixedPackage(), "bank.zip", taken);

        assertThat(result.items()).extracting(ItemDefinition::id).containsExactly("good-2");
    }
}
