package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.TimeAccommodation;
import academy.triggerpoint.assessment.domain.TimeAccommodationRepository;
import academy.triggerpoint.people.AccountAdministration;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.AccountSummary;
import academy.triggerpoint.people.CertificateHolder;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.Role;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extended time for learners with a documented accommodation (WCAG 2.2.1): an administrator sets it
 * for anyone, a manager for the members of their own organisation. It applies to every timed quiz and
 * case the learner starts afterwards and is recorded on each attempt; an attempt already running
 * keeps the time it started with. Every change is in the audit trail.
 */
@Service
@Transactional
public class TimeAccommodations {

    /** The most extra time that can be set; beyond it, waive the limit. */
    public static final int MOST_EXTRA_PERCENT = 900;
    /** Choices a person is offered; any whole percent from 10 to 900 is accepted. */
    public static final List<Integer> USUAL_EXTRA_PERCENT = List.of(25, 50, 100, 200);

    private final TimeAccommodationRepository accommodations;
    private final StaffDirectory staff;
    private final AccountAdministration accounts;
    private final AccountDirectory directory;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final Clock clock;

    TimeAccommodations(TimeAccommodationRepository accommodations, StaffDirectory staff, AccountAdministration accounts,
                       AccountDirectory directory, CurrentAccount current, AuditTrail audit, Clock clock) {
        this.accommodations = accommodations;
        this.staff = staff;
        this.accounts = accounts;
        this.directory = directory;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person the caller may set extended time for. */
    public record Person(long accountId, String name, String email) {
    }

    /**
     * The people the caller may set extended time for whose name or email contains {@code text}:
     * for a manager their organisation's members, for an administrator any account (first 50); never
     * the caller.
     */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional(readOnly = true)
    public List<Person> candidates(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (current.hasRole(Role.ADMIN)) {
            return accounts.search(needle, PageRequest.of(0, 50)).stream()
                    .filter(a -> a.id() != current.id()).map(a -> new Person(a.id(), a.fullName(), a.email())).toList();
        }
        return staff.myStaff().stream().filter(m -> m.accountId() != current.id())
                .filter(m -> m.fullName().toLowerCase(Locale.ROOT).contains(needle) || m.email().toLowerCase(Locale.ROOT).contains(needle))
                .map(m -> new Person(m.accountId(), m.fullName(), m.email())).toList();
    }

    /** The accommodations the caller may see: all for an administrator, their staff's for a manager; by name. */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional(readOnly = true)
    public List<TimeAccommodationLine> list() {
        List<TimeAccommodation> visible;
        Map<Long, Person> people;
        if (current.hasRole(Role.ADMIN)) {
            visible = accommodations.findAll();
            people = accounts.summaries(visible.stream().map(TimeAccommodation::getAccountId).toList()).stream()
                    .collect(Collectors.toMap(AccountSummary::id, a -> new Person(a.id(), a.fullName(), a.email())));
        } else {
            people = staff.myStaff().stream().collect(Collectors.toMap(StaffMember::accountId,
                    m -> new Person(m.accountId(), m.fullName(), m.email())));
            visible = accommodations.findByAccountIdIn(people.keySet());
        }
        return visible.stream().filter(a -> people.containsKey(a.getAccountId())).map(a -> {
            Person who = people.get(a.getAccountId());
            return new TimeAccommodationLine(a.getAccountId(), who.name(), who.email(), a.getExtraPercent(), a.isWaived(),
                    a.getNote(), nameOf(a.getSetBy()), a.getSetAt());
        }).sorted(Comparator.comparing(TimeAccommodationLine::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Sets (or replaces) a learner's extended time.
     *
     * @param extraPercent added to every time limit, 10 to 900; ignored when {@code waived}
     * @param note         the document the accommodation rests on ("Disability services letter, 3 Nov 2026"), never a diagnosis
     * @throws InvalidInputException naming the field that is wrong
     * @throws NotFoundException     when the person is not one the caller may set it for
     */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public TimeAccommodationLine set(long accountId, int extraPercent, boolean waived, String note) {
        Person who = personIMayManage(accountId);
        if (!waived && (extraPercent < 10 || extraPercent > MOST_EXTRA_PERCENT)) {
            throw new InvalidInputException("extraPercent", "Extra time is a whole percentage from 10 to "
                    + MOST_EXTRA_PERCENT + "; for more, waive the time limit.");
        }
        String reference = note == null ? "" : note.strip();
        if (reference.length() < 3 || reference.length() > 200) {
            throw new InvalidInputException("note", "Name the document the accommodation rests on in 3 to 200 characters "
                    + "(for example \"Disability services letter, 3 Nov 2026\"); do not write a diagnosis.");
        }
        TimeAccommodation accommodation = accommodations.findById(accountId).orElseGet(() -> new TimeAccommodation(accountId));
        int percent = waived ? 0 : extraPercent;
        accommodation.set(percent, waived, reference, current.id(), clock.instant());
        accommodations.save(accommodation);
        audit.record(current.id(), "time-accommodation-set", "account:" + accountId,
                (waived ? "time limits waived" : "+" + percent + "% time") + "; " + reference);
        return new TimeAccommodationLine(accountId, who.name(), who.email(), percent, waived, reference,
                nameOf(current.id()), accommodation.getSetAt());
    }

    /** Ends a learner's extended time; attempts already started keep theirs. */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public void remove(long accountId) {
        personIMayManage(accountId);
        accommodations.findById(accountId).ifPresent(a -> {
            accommodations.delete(a);
            audit.record(current.id(), "time-accommodation-removed", "account:" + accountId, "");
        });
    }

    /** The time a learner is given against a course limit: what attempts record when they start. */
    TimeLimit limitFor(long accountId, Integer baseMinutes) {
        if (baseMinutes == null) {
            return TimeLimit.of(null);
        }
        return accommodations.findById(accountId)
                .map(a -> new TimeLimit(baseMinutes, a.getExtraPercent(), a.isWaived()))
                .orElse(TimeLimit.of(baseMinutes));
    }

    /** The person, when the caller may set their extended time: anyone else for an administrator, their own staff for a manager. */
    private Person personIMayManage(long accountId) {
        if (accountId == current.id()) {
            throw new InvalidInputException("person", "Someone else sets your own extended time.");
        }
        java.util.Optional<Person> person = current.hasRole(Role.ADMIN)
                ? accounts.summaries(List.of(accountId)).stream().findFirst().map(a -> new Person(a.id(), a.fullName(), a.email()))
                : staff.myStaffMember(accountId).map(m -> new Person(m.accountId(), m.fullName(), m.email()));
        return person.orElseThrow(() -> new NotFoundException("There is no such person in your organisation."));
    }

    private String nameOf(Long accountId) {
        return directory.certificateHolder(accountId).map(CertificateHolder::fullName).orElse("");
    }
}
