package academy.triggerpoint.practice;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.certification.PracticalRecord;
import academy.triggerpoint.practice.domain.ObservationRecords;
import academy.triggerpoint.practice.domain.PracticeRecords;
import academy.triggerpoint.practice.domain.Scope;
import academy.triggerpoint.shared.CurrentAccount;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The caller's practical record for their transcript: their own log, observations and jurisdictions only. */
@Component
class PracticalRecordSource implements PracticalRecord {

    private final PracticeRecords practice;
    private final ObservationRecords observations;
    private final Jurisdictions jurisdictions;
    private final CurrentAccount current;

    PracticalRecordSource(PracticeRecords practice, ObservationRecords observations, Jurisdictions jurisdictions, CurrentAccount current) {
        this.practice = practice;
        this.observations = observations;
        this.jurisdictions = jurisdictions;
        this.current = current;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Summary> ofCaller() {
        long me = current.id();
        List<PracticeEntry> entries = practice.ofAccount(me);
        List<Observation> observed = observations.of(Scope.account(me));
        List<Jurisdictions.Standing> standings = jurisdictions.standingsOf(me);
        if (entries.isEmpty() && observed.isEmpty() && standings.isEmpty()) {
            return Optional.empty();
        }
        PracticeTotals t = PracticeTotals.of(entries);
        List<String> lines = observed.stream().map(o -> (o.passed() ? "Passed " : "Not passed ") + o.observedOn() + ": "
                + o.practicalTitle() + ", observed by " + o.assessorName()
                + (o.passed() ? ", valid until " + o.validUntil() : "") + " (SHA-256 " + o.contentHash().substring(0, 12) + ")").toList();
        List<Board> boards = standings.stream().map(s -> {
            JurisdictionDefinition rules = s.rules();
            return new Board(rules.name(), s.licenceNumber(), s.eligibility().eligible() ? "eligible to dry needle"
                    : "not eligible yet: " + String.join("; ", s.eligibility().missing()), rules.hourMinutes(),
                    rules.certificateWording().statement(), rules.certificateWording().fields(), rules.certificateRetentionYears());
        }).toList();
        return Optional.of(new Summary(t.hours(PracticeMode.ONLINE_THEORY), t.hours(PracticeMode.IN_PERSON_COURSE),
                t.hours(PracticeMode.SUPERVISED_NEEDLING), t.supervisedSessions(), lines, boards));
    }
}
