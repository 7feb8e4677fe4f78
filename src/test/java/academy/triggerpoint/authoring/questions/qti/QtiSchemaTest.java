package academy.triggerpoint.authoring.questions.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * Every XML file of the packages exported from the shipped courses, checked against schemas.
 *
 * <p>The extension's own schema ships with the application and is always checked. The 1EdTech QTI 3.0
 * schemas may only be redistributed by registered licensees, so they are not in this repository: point
 * the system property or environment variable {@code QTI_XSD_DIR} at a folder holding
 * {@code qtiv3p0/imsqti_asiv3p0_v1p0.xsd} (or its SBAC profile {@code imsqti_asiv3p0_sbacv1p0_v1p0.xsd}),
 * {@code qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd} and what they import, laid out as 1EdTech publishes
 * them (see docs/course-format.md, "QTI 3.0"), and the packages are validated against them as well.
 */
class QtiSchemaTest {

    /** Every exported file: package name and path inside it, to its bytes. */
    static Map<String, byte[]> exportedXml() throws IOException {
        Map<String, byte[]> xml = new LinkedHashMap<>();
        try (Stream<Path> courses = Files.list(Path.of("courses"))) {
            for (Path folder : courses.filter(Files::isDirectory).sorted().toList()) {
                CourseFiles files = CourseFiles.readFolder(folder, "courses/" + folder.getFileName());
                CourseDefinition course = CourseParser.parse(files).course().orElseThrow();
                for (ModuleDefinition m : course.modules()) {
                    add(xml, m.id() + "-bank.zip", QtiExport.bank(m.id(), QtiRoundTripTest.bankOf(course, m.id()), files::bytes));
                    add(xml, m.id() + "-quiz.zip", QtiExport.quiz(m.quiz(), course.items(), files::bytes));
                }
            }
        }
        return xml;
    }

    private static void add(Map<String, byte[]> xml, String packageName, byte[] zip) {
        CourseArchive.readEntries(zip, packageName).forEach((path, bytes) -> {
            if (path.endsWith(".xml")) {
                xml.put(packageName + ": " + path, bytes);
            }
        });
    }

    @Test
    void the_extension_in_every_exported_item_and_test_is_valid_against_its_schema() throws Exception {
        Schema schema = factory().newSchema(new StreamSource(QtiExport.class.getResource("/qti/tpa-qti-extension-1.xsd").toString()));
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> file : exportedXml().entrySet()) {
            Document doc = QtiXml.parse(file.getValue());
            for (Element e : QtiXml.descendants(doc.getDocumentElement())) {
                if (QtiExport.TPA.equals(e.getNamespaceURI()) && (e.getParentNode() instanceof Element parent)
                        && !QtiExport.TPA.equals(parent.getNamespaceURI())) {
                    checked++;
                    try {
                        Validator validator = schema.newValidator();
                        validator.validate(new javax.xml.transform.dom.DOMSource(e));
                    } catch (SAXParseException ex) {
                        errors.add(file.getKey() + ":" + QtiXml.line(e) + ": " + ex.getMessage());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(errors).isEmpty();
    }

    @Test
    void every_interaction_answers_a_declared_response_and_every_manifest_file_exists() throws Exception {
        Map<String, byte[]> xml = exportedXml();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : xml.entrySet()) {
            Element root = QtiXml.parse(file.getValue()).getDocumentElement();
            if (!QtiXml.name(root).equals("assessmentItem")) {
                continue;
            }
            List<String> declared = QtiXml.children(root, "responseDeclaration").stream().map(d -> d.getAttribute("identifier")).toList();
            QtiXml.descendants(root).stream().filter(e -> QtiXml.name(e).endsWith("Interaction")).forEach(i -> {
                if (!declared.contains(QtiXml.attr(i, "responseIdentifier"))) {
                    errors.add(file.getKey() + ": " + i.getTagName() + " answers an undeclared response");
                }
            });
        }
        for (String name : xml.keySet().stream().filter(k -> k.endsWith(": imsmanifest.xml")).toList()) {
            String packageName = name.substring(0, name.indexOf(':'));
            Element manifest = QtiXml.parse(xml.get(name)).getDocumentElement();
            for (Element f : QtiXml.descendants(manifest)) {
                if (QtiXml.name(f).equals("file") && f.getAttribute("href").endsWith(".xml")
                        && !xml.containsKey(packageName + ": " + f.getAttribute("href"))) {
                    errors.add(name + " lists " + f.getAttribute("href") + ", which the package does not have");
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void every_exported_file_is_valid_against_the_1edtech_qti_3_schemas_when_they_are_at_hand() throws Exception {
        Optional<Path> dir = Optional.ofNullable(System.getProperty("QTI_XSD_DIR", System.getenv("QTI_XSD_DIR"))).map(Path::of);
        assumeThat(dir).as("QTI_XSD_DIR names a folder with the 1EdTech QTI 3.0 schemas").isPresent();
        Path asi = dir.get().resolve("qtiv3p0/imsqti_asiv3p0_v1p0.xsd");
        if (!Files.exists(asi)) {
            asi = dir.get().resolve("qtiv3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd");
        }
        Source[] sources = {new StreamSource(asi.toUri().toString()),
                new StreamSource(dir.get().resolve("qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd").toUri().toString()),
                new StreamSource(QtiExport.class.getResource("/qti/tpa-qti-extension-1.xsd").toString())};
        SchemaFactory factory = factory();
        factory.setResourceResolver(new LocalSchemas(dir.get()));
        Schema schema = factory.newSchema(sources);
        List<String> errors = new ArrayList<>();
        Map<String, byte[]> xml = exportedXml();
        for (Map.Entry<String, byte[]> file : xml.entrySet()) {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try {
                validator.validate(new StreamSource(new ByteArrayInputStream(file.getValue())));
            } catch (SAXParseException e) {
                errors.add(file.getKey() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        }
        assertThat(xml).hasSizeGreaterThan(200);
        assertThat(errors).isEmpty();
    }

    /**
     * Serves a schema that another imports from a web address (1EdTech's import XLink from purl) from
     * the folder instead, found by file name; the test never reaches the network.
     */
    private record LocalSchemas(Path dir) implements org.w3c.dom.ls.LSResourceResolver {
        @Override
        public org.w3c.dom.ls.LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                                      String baseUri) {
            if (systemId == null || !systemId.startsWith("http")) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            try (Stream<Path> all = Files.walk(dir)) {
                Path local = all.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(systemId + " is imported but not in " + dir));
                org.w3c.dom.ls.LSInput input = ((org.w3c.dom.ls.DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory
                        .newInstance().newDocumentBuilder().getDOMImplementation()).createLSInput();
                input.setSystemId(local.toUri().toString());
                input.setByteStream(Files.newInputStream(local));
                return input;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static SchemaFactory factory() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Local files only: the schemas import each other by relative path, never from the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar:file");
        return factory;
    }
}
