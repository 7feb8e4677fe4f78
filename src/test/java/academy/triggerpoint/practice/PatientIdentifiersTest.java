package academy.triggerpoint.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Patient born 12/03/1961, upper trapezius", "DOB on file, lumbar multifidus", "MRN 4471920",
            "pt 1234567 gluteus medius", "seen 3 March 1975", "contact jo.bloggs@example.org", "call 021 555 0199",
            "NHS no. in notes", "record number withheld"})
    void text_that_could_identify_a_patient_is_refused(String text) {
        assertThat(PatientIdentifiers.find(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper trapezius and levator scapulae, 2 patients", "Lumbar multifidus, 30 mm needle, 3 sessions",
            "Workshop day 2: gluteus medius and minimus", "Supervised by the clinic lead"})
    void plain_clinical_notes_pass(String text) {
        assertThat(PatientIdentifiers.find(text)).isEmpty();
    }
}
