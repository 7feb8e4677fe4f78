package academy.triggerpoint.practice;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The practical log must hold no patient-identifying data. Free text is short and refused when it
 * carries what obviously identifies a patient: a date (a date of birth), a long number (a record,
 * hospital or insurance number), an email address or a phone number, or the words that announce one.
 * Not a guarantee (a name cannot be told from a muscle), which is why the form says so too.
 */
public final class PatientIdentifiers {

    private record Finding(Pattern pattern, String what) {
    }

    private static final List<Finding> FINDINGS = List.of(
            new Finding(Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b"), "a date (it could be a date of birth)"),
            new Finding(Pattern.compile("(?i)\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{2,4}\\b"),
                    "a date (it could be a date of birth)"),
            new Finding(Pattern.compile("(?i)\\b(dob|d\\.o\\.b|date of birth|born on|mrn|nhs|medical record|record number|patient id|"
                    + "hospital number|chart number|insurance number|ssn)\\b"), "the words of a patient identifier"),
            new Finding(Pattern.compile("\\d(?:[\\s-]?\\d){5,}"), "a long number (it could be a record or phone number)"),
            new Finding(Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"), "an email address"));

    private PatientIdentifiers() {
    }

    /** What in {@code text} looks like a patient identifier, in words; empty when nothing does. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return FINDINGS.stream().filter(f -> f.pattern().matcher(text).find()).map(Finding::what).findFirst();
    }
}
