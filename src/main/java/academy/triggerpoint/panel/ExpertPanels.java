package academy.triggerpoint.panel;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseArchiveAttachments;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.LoadedCourse;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.LessonRenderer;
import academy.triggerpoint.panel.domain.PanelRecords;
import academy.triggerpoint.people.AccountAdministration;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.PrintableText;
import academy.triggerpoint.shared.SpreadsheetCells;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A course's expert panel: authors and administrators enlist panellists and read what the panel
 * answered; a panellist answers the items of the panels they sit on, once each. A panellist sees
 * their own answers only, never a key, a score or another panellist's answer.
 */
@Service
@Transactional
public class ExpertPanels implements CourseArchiveAttachments {

    /** Longest comment a panellist may leave on an answer. */
    public static final int MAX_COMMENT = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema EXPORT_COLUMNS = CsvSchema.builder().addColumn("item").addColumn("wording")
            .addColumn("panellist").addColumn("answer").addColumn("comment").addColumn("answered_at").addColumn("version")
            .build().withHeader();

    private final PanelRecords records;
    private final PanelKeys keys;
    private final CatalogService catalog;
    private final AccountAdministration accounts;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final PrintableText printable;
    private final Clock clock;

    ExpertPanels(PanelRecords records, PanelKeys keys, CatalogService catalog, AccountAdministration accounts,
                 CurrentAccount current, AuditTrail audit, PrintableText printable, Clock clock) {
        this.records = records;
        this.keys = keys;
        this.catalog = catalog;
        this.accounts = accounts;
        this.current = current;
        this.audit = audit;
        this.printable = printable;
        this.clock = clock;
    }

    /**
     * Enlists a panellist for a course: an existing account joins the panel (and gains the role),
     * anyone else gets an account for it. The invitation is mailed after commit.
     *
     * @throws InvalidInputException for a bad name or address, or someone on the panel already
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    public PanelMember invite(String courseId, String fullName, String email) {
        CourseDefinition course = catalog.currentCourse(courseId).definition();
        if (questions(course).isEmpty()) {
            throw new InvalidInputException(null, course.title() + " has no script-concordance items for a panel to answer.");
        }
        if (email != null && records.members(courseId).stream().anyMatch(m -> m.email().equalsIgnoreCase(email.strip()))) {
            throw new InvalidInputException("email", email.strip() + " is on this course's panel already.");
        }
        long accountId = accounts.enlistPanellist(fullName, email == null ? null : email.strip(), course.title());
        String label = newLabel(courseId);
        records.addMember(courseId, accountId, label, current.id(), clock.instant());
        audit.record(current.id(), "panellist-enlisted", "course:" + courseId, "account:" + accountId + " as " + label);
        return members(courseId).stream().filter(m -> m.accountId() == accountId).findFirst().orElseThrow();
    }

    /** The members of a course's panel, with how many answers each has given. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PanelMember> members(String courseId) {
        return records.members(courseId).stream().map(m -> new PanelMember(m.accountId(), m.label(), m.fullName(),
                m.email(), m.invitedAt(), m.answers())).toList();
    }

    /** The panels the signed-in panellist sits on. */
    @PreAuthorize("hasRole('PANELLIST')")
    @Transactional(readOnly = true)
    public List<PanelCourse> myPanels() {
        long me = current.id();
        return records.coursesOf(me).stream().map(courseId -> {
            CourseDefinition course = catalog.currentCourse(courseId).definition();
            Set<String> answered = records.answersOf(courseId, me).stream().map(a -> PanelKeys.key(a.itemId(), a.fingerprint()))
                    .collect(Collectors.toSet());
            List<Placed> questions = questions(course);
            long done = questions.stream().filter(p -> answered.contains(PanelKeys.key(p.item())))
                    .count();
            return new PanelCourse(courseId, course.title(), done, questions.size());
        }).toList();
    }

    /**
     * The signed-in panellist's questionnaire for a course: every script-concordance item of its
     * current version in its case context, with their own answers.
     *
     * @throws NotFoundException when they are not on the course's panel
     */
    @PreAuthorize("hasRole('PANELLIST')")
    @Transactional(readOnly = true)
    public PanelQuestionnaire questionnaire(String courseId) {
        long me = current.id();
        if (!records.isMember(courseId, me)) {
            throw new NotFoundException("You are not on the panel of this course.");
        }
        LoadedCourse loaded = catalog.currentCourse(courseId);
        Map<String, PanelRecords.Answer> mine = new LinkedHashMap<>();
        records.answersOf(courseId, me).forEach(a -> mine.put(PanelKeys.key(a.itemId(), a.fingerprint()), a));
        String assets = CourseLibrary.ASSET_PATH + loaded.versionId() + "/";
        List<PanelQuestionnaire.Question> questions = new ArrayList<>();
        for (Placed placed : questions(loaded.definition())) {
            ItemDefinition.ScriptConcordance item = placed.item();
            String source = placed.source();
            PanelRecords.Answer answer = mine.get(PanelKeys.key(item));
            questions.add(new PanelQuestionnaire.Question(item.id(), placed.caseTitle(),
                    placed.vignette() == null ? null : LessonRenderer.toSafeHtml(placed.vignette(), source, assets),
                    placed.stageTitle(),
                    placed.stageText() == null ? null : LessonRenderer.toSafeHtml(placed.stageText(), source, assets),
                    LessonRenderer.toSafeHtml(item.questionMarkdown(), source, assets),
                    IntStream.rangeClosed(-2, 2).mapToObj(v -> new PanelQuestionnaire.ScalePoint(v, item.pointLabel(v))).toList(),
                    answer == null ? null : answer.value(), answer == null ? null : answer.comment()));
        }
        return new PanelQuestionnaire(courseId, loaded.definition().title(), loaded.definition().version(), List.copyOf(questions));
    }

    /**
     * Records the signed-in panellist's answer to an item of the course's current version. Each
     * panellist answers each wording of an item once; an answer cannot be changed afterwards, so
     * the key never moves because someone saw how learners fared.
     *
     * @throws InvalidInputException when the answer is off the scale, the comment too long, or
     *                               they have answered already
     */
    @PreAuthorize("hasRole('PANELLIST')")
    public void answer(String courseId, String itemId, int value, String comment) {
        long me = current.id();
        if (!records.isMember(courseId, me)) {
            throw new NotFoundException("You are not on the panel of this course.");
        }
        if (value < -2 || value > 2) {
            throw new InvalidInputException(itemId, "Choose one of the five points of the scale, from -2 to +2.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new InvalidInputException(itemId, "The comment has " + text.length() + " characters; keep it to "
                    + MAX_COMMENT + ".");
        }
        if (text != null) {
            printable.unprintable(text.replaceAll("[\\r\\n\\t]", " ")).ifPresent(problem -> {
                throw new InvalidInputException(itemId, "Comment: " + problem);
            });
        }
        LoadedCourse loaded = catalog.currentCourse(courseId);
        ItemDefinition.ScriptConcordance item = questions(loaded.definition()).stream().map(Placed::item)
                .filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("This course has no script-concordance item " + itemId + "."));
        if (!records.addAnswer(courseId, itemId, PanelKeys.fingerprint(item), loaded.versionId(), me, value, text,
                clock.instant())) {
            throw new InvalidInputException(itemId, "You have answered this question already; each panellist answers once.");
        }
        audit.record(me, "panel-answered", "course:" + courseId, itemId);
    }

    /**
     * For authors: the panel of a course's current version: members, and per item the answers to
     * its present wording, the key they make, whether it is still provisional, how far the panel
     * agrees, and the comments under pseudonyms.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public PanelReport report(String courseId) {
        CourseDefinition course = catalog.currentCourse(courseId).definition();
        Map<String, ItemDefinition.ScriptConcordance> keyed = questions(keys.keyed(course)).stream()
                .collect(Collectors.toMap(p -> p.item().id(), Placed::item));
        List<PanelRecords.Answer> answers = records.answers(courseId);
        List<PanelReport.ItemPanel> items = new ArrayList<>();
        for (Placed placed : questions(course)) {
            ItemDefinition.ScriptConcordance item = keyed.get(placed.item().id());
            String fingerprint = PanelKeys.fingerprint(placed.item());
            List<PanelRecords.Answer> present = answers.stream()
                    .filter(a -> a.itemId().equals(item.id()) && a.fingerprint().equals(fingerprint)).toList();
            int earlier = (int) answers.stream().filter(a -> a.itemId().equals(item.id()) && !a.fingerprint().equals(fingerprint))
                    .count();
            items.add(new PanelReport.ItemPanel(item.id(), placed.caseTitle(), placed.stageTitle(), item.hypothesis(),
                    item.finding(), IntStream.rangeClosed(-2, 2).mapToObj(item::pointLabel).toList(), item.panel(),
                    IntStream.rangeClosed(-2, 2).mapToObj(item::credit).toList(), item.provisional(),
                    item.demonstration(), PanelAgreement.of(item.panel()), earlier,
                    present.stream().filter(a -> a.comment() != null)
                            .map(a -> new PanelReport.Comment(a.label(), a.value(), a.comment())).toList()));
        }
        return new PanelReport(courseId, course.title(), ItemDefinition.ScriptConcordance.MINIMUM_PANEL, members(courseId),
                List.copyOf(items));
    }

    /**
     * The panel's answers to the items of a stored version, for its ZIP: one row per answer, under
     * pseudonyms, with the wording's fingerprint and the version it was given in.
     */
    @Override
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, byte[]> attachmentsOf(String courseId, long versionId) {
        CourseDefinition course = catalog.version(versionId).definition();
        Set<String> wordings = questions(course).stream().map(p -> PanelKeys.key(p.item()))
                .collect(Collectors.toSet());
        List<Map<String, Object>> rows = records.answers(courseId).stream()
                .filter(a -> wordings.contains(PanelKeys.key(a.itemId(), a.fingerprint())))
                .map(a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("item", a.itemId());
                    row.put("wording", a.fingerprint().substring(0, 16));
                    row.put("panellist", a.label());
                    row.put("answer", a.value());
                    row.put("comment", a.comment() == null ? "" : SpreadsheetCells.cell(a.comment()));
                    row.put("answered_at", a.answeredAt().toString());
                    row.put("version", a.versionLabel());
                    return row;
                }).toList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        return Map.of("expert-panel-answers.csv", CSV.writer(EXPORT_COLUMNS).writeValueAsBytes(rows));
    }

    /** A script-concordance item and where learners meet it. */
    private record Placed(ItemDefinition.ScriptConcordance item, String caseTitle, String vignette, String stageTitle,
                          String stageText, String source) {
    }

    /** Every script-concordance item of a course: in its cases, stage by stage, then in its item banks. */
    private static List<Placed> questions(CourseDefinition course) {
        List<Placed> placed = new ArrayList<>();
        for (CaseDefinition c : course.cases()) {
            for (CaseDefinition.Stage stage : c.stages()) {
                stage.items().stream().filter(i -> i instanceof ItemDefinition.ScriptConcordance)
                        .forEach(i -> placed.add(new Placed((ItemDefinition.ScriptConcordance) i, c.title(), c.vignette(),
                                stage.title(), stage.text(), "cases/" + c.id() + ".yaml")));
            }
        }
        course.items().stream().filter(i -> i instanceof ItemDefinition.ScriptConcordance)
                .forEach(i -> placed.add(new Placed((ItemDefinition.ScriptConcordance) i, null, null, null, null,
                        "modules/" + i.common().moduleId() + "/items/bank.yaml")));
        return placed;
    }

    private String newLabel(String courseId) {
        Set<String> taken = records.members(courseId).stream().map(PanelRecords.Member::label).collect(Collectors.toSet());
        String label;
        do {
            byte[] bytes = new byte[3];
            RANDOM.nextBytes(bytes);
            label = "P-" + HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
        } while (taken.contains(label));
        return label;
    }
}
