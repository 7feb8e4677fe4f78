package academy.triggerpoint.catalog.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What one jurisdiction (a state, province or country) asks of a clinician before they may dry
 * needle there, read from {@code jurisdictions/<code>.yaml}; every rule names the source it comes from.
 */
public record JurisdictionDefinition(String code, String name, boolean fictional, LocalDate reviewed, List<Source> sources,
                                     Requirements requirements, List<Attestation> attestations, int hourMinutes,
                                     int certificateRetentionYears, CertificateWording certificateWording, String notes) {

    public record Source(String id, String title, String url, boolean verified) {
    }

    public record Requirements(int theoryHours, int inPersonHours, int supervisedSessions, int yearsLicensed, String source,
                               List<String> competencies, List<String> practicals) {
    }

    /** A step the clinician completes outside the platform (an attestation to a board, an authorisation) and records here. */
    public record Attestation(String id, String text, Integer withinDays, boolean evidenceRequired, String source) {
    }

    public record CertificateWording(String statement, List<String> fields) {
    }

    /** The source a rule cites, if the file lists it. */
    public java.util.Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
