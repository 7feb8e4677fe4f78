package academy.triggerpoint.certification.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF for one profile, as the rules it breaks. */
final class VeraPdf {

    static final PDFAFlavour PDF_A_2B = PDFAFlavour.PDFA_2_B;
    static final PDFAFlavour PDF_UA_1 = PDFAFlavour.PDFUA_1;

    private VeraPdf() {
    }

    /**
     * The rules of the profile the PDF breaks, one line each: clause and test number, how often, the
     * rule's description and where it first failed. Empty when the PDF conforms.
     */
    static List<String> failedRules(byte[] pdf, PDFAFlavour profile) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            Map<String, List<TestAssertion>> byRule = new LinkedHashMap<>();
            for (TestAssertion failed : result.getTestAssertions()) {
                if (failed.getStatus() != TestAssertion.Status.PASSED) {
                    String rule = failed.getRuleId().getClause() + "-" + failed.getRuleId().getTestNumber();
                    byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(failed);
                }
            }
            List<String> rules = new ArrayList<>();
            byRule.forEach((rule, failures) -> rules.add(profile.getId() + " " + rule + " (" + failures.size() + "×): "
                    + failures.getFirst().getMessage() + " at " + failures.getFirst().getLocationContext()
                    + (failures.getFirst().getErrorMessage() == null ? "" : " (" + failures.getFirst().getErrorMessage() + ")")));
            return rules.isEmpty() ? List.of("not compliant, but no failed rule reported") : rules;
        }
    }
}
