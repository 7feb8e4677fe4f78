package academy.triggerpoint.practice.ui;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.practice.NewPracticeEntry;
import academy.triggerpoint.practice.Observation;
import academy.triggerpoint.practice.Observations;
import academy.triggerpoint.practice.PracticeEntry;
import academy.triggerpoint.practice.PracticeLog;
import academy.triggerpoint.practice.PracticeMode;
import academy.triggerpoint.practice.PracticeTotals;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.i18n.LocalFormats;
import academy.triggerpoint.shared.ui.BoundedUpload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A clinician's practical training: where they practise and whether they are eligible there, the
 * totals of their countersigned hours and sessions, a form to log training, and every entry with
 * what happened to it. The form says, and the service checks, that nothing may identify a patient.
 */
@Route("practice")
@Menu(title = "practice.menu.practice", order = 12, icon = "vaadin:doctor")
@RolesAllowed("LEARNER")
public class PracticeView extends VerticalLayout implements HasDynamicTitle {

    private final PracticeLog log;
    private final Jurisdictions jurisdictions;
    private final Observations observations;
    private final Div standing = new Div();
    private final Div observed = new Div();
    private final Div totals = new Div();
    private final Grid<PracticeEntry> entries = new Grid<>();
    private final DatePicker date = new DatePicker(getTranslation("practice.practice.date"));
    private final BigDecimalField hours = new BigDecimalField(getTranslation("practice.practice.hours"));
    private final Select<PracticeMode> mode = new Select<>();
    private final TextField training = new TextField(getTranslation("practice.practice.training-name"));
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>(getTranslation("practice.practice.body-regions"));
    private final IntegerField sessions = new IntegerField(getTranslation("practice.practice.sessions"));
    private final Select<StaffMember> supervisor = new Select<>();
    private final TextArea note = new TextArea(getTranslation("practice.practice.note"));
    private final Paragraph correcting = new Paragraph();
    private Long corrects;
    private final java.util.Map<String, String> regionLabels;

    public PracticeView(PracticeLog log, Jurisdictions jurisdictions, Observations observations) {
        this.log = log;
        this.jurisdictions = jurisdictions;
        this.observations = observations;
        this.regionLabels = log.bodyRegions();
        addClassName("practice-page");
        add(new H1(getTranslation("practice.practice.heading")), new Paragraph(getTranslation("practice.practice.intro")));
        add(new H2(getTranslation("practice.practice.where")), standing, registration());
        add(new H2(getTranslation("practice.practice.totals")), new Paragraph(getTranslation("practice.practice.totals.intro")), totals);
        add(new H2(getTranslation("practice.practice.observed")), new Paragraph(getTranslation("practice.practice.observed.intro")),
                observed);
        add(new H2(getTranslation("practice.practice.log-training")), form());
        entries.addColumn(e -> dateText(this, e.date())).setHeader(getTranslation("practice.practice.date")).setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(e -> PracticeTexts.mode(this, e.mode())).setHeader(getTranslation("practice.practice.mode")).setAutoWidth(true);
        entries.addColumn(e -> LocalFormats.number(e.hours(), getLocale())).setHeader(getTranslation("practice.practice.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> e.sessions() == 0 ? "" : String.valueOf(e.sessions()))
                .setHeader(getTranslation("practice.practice.column.sessions")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(PracticeEntry::training).setHeader(getTranslation("practice.practice.column.training"));
        entries.addColumn(e -> e.regionLabels(regionLabels)).setHeader(getTranslation("practice.practice.column.regions"));
        entries.addComponentColumn(e -> status(e, getLocale())).setHeader(getTranslation("practice.practice.column.status"));
        entries.addComponentColumn(e -> e.status() == PracticeEntry.Status.SUBMITTED || e.correctedBy() != null ? new Span()
                : new Button(getTranslation("practice.practice.correct"), click -> startCorrection(e))).setHeader("")
                .setAutoWidth(true).setFlexGrow(0);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        add(new H2(getTranslation("practice.practice.my-entries")), entries);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.practice.page-title");
    }

    /**
     * A day as the practical pages show it: in English as ISO ("2026-12-07"), as the log has always
     * read; numeric in the reader's order in German and Spanish (digits only, so no locale is needed).
     */
    static String dateText(Component reader, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(reader.getTranslation("practice.date-format")).format(day);
    }

    /** A moment as date and time of day in UTC (the texts around it say "UTC"). */
    static String timeText(Instant at, Locale locale) {
        return LocalFormats.dateTime(at.atZone(ZoneOffset.UTC), locale);
    }

    /** What happened to an entry, with who decided, when, the comment and the hash of what was signed. */
    static Div status(PracticeEntry e, Locale locale) {
        Div box = new Div();
        box.add(new Span(e.counts() || e.status() != PracticeEntry.Status.COUNTERSIGNED ? PracticeTexts.status(box, e.status())
                : box.getTranslation("practice.entry.replaced", String.valueOf(e.correctedBy()))));
        box.addClassName(switch (e.status()) {
            case COUNTERSIGNED -> "status-achieved";
            case RETURNED -> "status-needs-remediation";
            case SUBMITTED -> "status-in-progress";
        });
        if (e.decidedByName() != null) {
            box.add(new Div(new Span(box.getTranslation("practice.entry.decided-by", e.decidedByName(), timeText(e.decidedAt(), locale)))));
        } else if (e.supervisorName() != null) {
            box.add(new Div(new Span(box.getTranslation("practice.entry.sent-to", e.supervisorName()))));
        }
        if (e.decisionComment() != null) {
            box.add(new Div(new Span(box.getTranslation("practice.quoted", e.decisionComment()))));
        }
        if (e.corrects() != null) {
            box.add(new Div(new Span(box.getTranslation("practice.entry.corrects", String.valueOf(e.corrects())))));
        }
        Span hash = new Span(box.getTranslation("practice.entry.hash", String.valueOf(e.id()), e.contentHash().substring(0, 12)));
        hash.getElement().setAttribute("title", e.contentHash());
        hash.addClassName("hash");
        box.add(new Div(hash));
        return box;
    }

    private HorizontalLayout registration() {
        Select<JurisdictionDefinition> where = new Select<>();
        where.setLabel(getTranslation("practice.practice.jurisdiction"));
        where.setItems(jurisdictions.all());
        where.setItemLabelGenerator(JurisdictionDefinition::name);
        TextField licence = new TextField(getTranslation("practice.practice.licence"));
        DatePicker since = new DatePicker(getTranslation("practice.practice.licensed-since"));
        Button add = new Button(getTranslation("practice.practice.add-jurisdiction"), e -> act(() -> {
            if (where.getValue() == null) {
                throw new InvalidInputException("jurisdiction", getTranslation("practice.practice.choose-jurisdiction"));
            }
            jurisdictions.register(where.getValue().code(), licence.getValue(), since.getValue());
            licence.clear();
            since.clear();
        }, getTranslation("practice.practice.jurisdiction-added")));
        HorizontalLayout row = new HorizontalLayout(where, licence, since, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        return row;
    }

    private VerticalLayout form() {
        hours.setHelperText(getTranslation("practice.practice.hours.helper"));
        mode.setLabel(getTranslation("practice.practice.mode"));
        mode.setItems(PracticeMode.values());
        mode.setItemLabelGenerator(m -> PracticeTexts.mode(this, m));
        training.setMaxLength(PracticeLog.MAX_TRAINING);
        training.setWidth("24rem");
        training.setMaxWidth("100%");
        regions.setItems(regionLabels.keySet());
        regions.setItemLabelGenerator(id -> regionLabels.getOrDefault(id, id));
        regions.setWidth("24rem");
        regions.setMaxWidth("100%");
        sessions.setMin(0);
        sessions.setMax(PracticeLog.MAX_SESSIONS_PER_ENTRY);
        sessions.setValue(0);
        sessions.setHelperText(getTranslation("practice.practice.sessions.helper"));
        supervisor.setLabel(getTranslation("practice.practice.supervisor"));
        supervisor.setItemLabelGenerator(StaffMember::fullName);
        supervisor.setEmptySelectionCaption(getTranslation("practice.practice.supervisor.choose"));
        note.setMaxLength(PracticeLog.MAX_NOTE);
        note.setWidth("32rem");
        note.setMaxWidth("100%");
        note.setHelperText(getTranslation("practice.practice.note.helper"));
        Button submit = new Button(getTranslation("practice.practice.submit"),
                e -> act(this::submit, getTranslation("practice.practice.submitted")));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout first = new HorizontalLayout(date, hours, mode, sessions);
        HorizontalLayout second = new HorizontalLayout(training, regions, supervisor);
        for (HorizontalLayout row : List.of(first, second)) {
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("wrap-row");
        }
        correcting.setVisible(false);
        VerticalLayout form = new VerticalLayout(correcting, first, second, note, submit);
        form.setPadding(false);
        return form;
    }

    private void submit() {
        StaffMember who = supervisor.getValue();
        log.record(new NewPracticeEntry(date.getValue(), hours.getValue(), mode.getValue(), training.getValue(), regions.getValue(),
                sessions.getValue() == null ? 0 : sessions.getValue(), who == null ? null : who.accountId(), note.getValue(), corrects));
        corrects = null;
        correcting.setVisible(false);
        hours.clear();
        note.clear();
        sessions.setValue(0);
    }

    private void startCorrection(PracticeEntry e) {
        corrects = e.id();
        correcting.setText(getTranslation("practice.practice.correcting", String.valueOf(e.id()), dateText(this, e.date())));
        correcting.setVisible(true);
        date.setValue(e.date());
        hours.setValue(e.hours());
        mode.setValue(e.mode());
        training.setValue(e.training());
        regions.setValue(java.util.Set.copyOf(e.regions()));
        sessions.setValue(e.sessions());
        note.setValue(e.note() == null ? "" : e.note());
        date.focus();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START);
            refresh();
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
    }

    private void refresh() {
        PracticeLog.MyLog mine = log.mine();
        supervisor.setItems(mine.supervisors());
        entries.setItems(mine.entries());
        showTotals(mine.totals());
        showStanding(jurisdictions.mine());
        observed.removeAll();
        List<Observation> mineObserved = observations.mine();
        if (mineObserved.isEmpty()) {
            observed.add(new Paragraph(getTranslation("practice.practice.observed.none")));
        }
        mineObserved.forEach(o -> observed.add(ObservationCard.of(o, false, getLocale())));
    }

    private void showTotals(PracticeTotals t) {
        totals.removeAll();
        UnorderedList modes = new UnorderedList();
        for (PracticeMode m : PracticeMode.values()) {
            modes.add(new ListItem(getTranslation("practice.practice.totals.hours", PracticeTexts.mode(this, m), t.hours(m))));
        }
        modes.add(new ListItem(getTranslation("practice.practice.totals.sessions", t.supervisedSessions())));
        UnorderedList byRegion = new UnorderedList();
        t.hoursByRegion().forEach((region, h) -> {
            if (h.signum() > 0) {
                byRegion.add(new ListItem(getTranslation("practice.practice.totals.hours", regionLabels.getOrDefault(region, region), h)));
            }
        });
        totals.add(modes);
        if (byRegion.getChildren().findAny().isPresent()) {
            totals.add(new H3(getTranslation("practice.practice.totals.by-region")), byRegion);
        }
    }

    private void showStanding(List<Jurisdictions.Standing> mine) {
        standing.removeAll();
        if (mine.isEmpty()) {
            standing.add(new Paragraph(getTranslation("practice.practice.standing.none")));
        }
        for (Jurisdictions.Standing s : mine) {
            Section card = new Section();
            card.addClassName("module");
            Span verdict = new Span(s.eligibility().eligible() ? getTranslation("practice.practice.standing.eligible")
                    : getTranslation("practice.practice.standing.not-eligible"));
            verdict.addClassName(s.eligibility().eligible() ? "status-achieved" : "status-not-cleared");
            card.add(new H3(s.rules().name()), new Paragraph(verdict, new Span(" · " + getTranslation("practice.practice.standing.licence",
                    s.licenceNumber(), dateText(this, s.licensedSince())))));
            if (!s.eligibility().eligible()) {
                card.add(new Paragraph(s.eligibility().summary() + "."));
            }
            for (JurisdictionDefinition.Attestation a : s.rules().attestations()) {
                card.add(attestation(s, a));
            }
            card.add(new Paragraph(getTranslation("practice.practice.standing.reviewed", dateText(this, s.rules().reviewed()),
                    s.rules().source(s.rules().requirements().source()).map(JurisdictionDefinition.Source::title)
                            .orElse(getTranslation("practice.practice.standing.see-notes")))));
            Button remove = new Button(getTranslation("practice.practice.standing.remove", s.rules().name()),
                    e -> act(() -> jurisdictions.unregister(s.rules().code()),
                            getTranslation("practice.practice.standing.removed", s.rules().name())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(remove);
            standing.add(card);
        }
    }

    private Div attestation(Jurisdictions.Standing s, JurisdictionDefinition.Attestation a) {
        Div box = new Div();
        box.addClassName("attestation");
        LocalDate done = s.attestationsDone().get(a.id());
        if (done != null) {
            box.add(new Paragraph(new Span(getTranslation("practice.practice.attestation.done", a.text(), dateText(this, done)))));
            return box;
        }
        DatePicker on = new DatePicker(getTranslation("practice.practice.attestation.done-on"));
        byte[][] file = new byte[1][];
        String[] name = new String[1];
        Upload upload = BoundedUpload.of(Jurisdictions.MAX_EVIDENCE_BYTES, (metadata, bytes) -> UI.getCurrent().access(() -> {
            file[0] = bytes;
            name[0] = metadata.fileName();
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg");
        upload.setUploadButton(new Button(getTranslation("practice.practice.attestation.attach")));
        Button record = new Button(getTranslation("practice.practice.attestation.record"), e -> act(() -> jurisdictions.recordAttestation(
                s.rules().code(), a.id(), on.getValue(), name[0], file[0]), getTranslation("practice.practice.attestation.recorded")));
        HorizontalLayout row = new HorizontalLayout(on, upload, record);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        box.add(new Paragraph(attestationText(a)), row);
        return box;
    }

    private String attestationText(JurisdictionDefinition.Attestation a) {
        if (a.withinDays() == null) {
            return a.evidenceRequired() ? getTranslation("practice.practice.attestation.evidence", a.text())
                    : getTranslation("practice.practice.attestation", a.text());
        }
        return a.evidenceRequired() ? getTranslation("practice.practice.attestation.within.evidence", a.text(), a.withinDays())
                : getTranslation("practice.practice.attestation.within", a.text(), a.withinDays());
    }
}
