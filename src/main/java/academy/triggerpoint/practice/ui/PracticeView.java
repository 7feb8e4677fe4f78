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
import academy.triggerpoint.shared.ui.BoundedUpload;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A clinician's practical training: where they practise and whether they are eligible there, the
 * totals of their countersigned hours and sessions, a form to log training, and every entry with
 * what happened to it. The form says, and the service checks, that nothing may identify a patient.
 */
@Route("practice")
@PageTitle("Practical training · Trigger Point Academy")
@Menu(title = "Practical training", order = 12, icon = "vaadin:doctor")
@RolesAllowed("LEARNER")
public class PracticeView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PracticeLog log;
    private final Jurisdictions jurisdictions;
    private final Observations observations;
    private final Div standing = new Div();
    private final Div observed = new Div();
    private final Div totals = new Div();
    private final Grid<PracticeEntry> entries = new Grid<>();
    private final DatePicker date = new DatePicker("Date");
    private final BigDecimalField hours = new BigDecimalField("Hours");
    private final Select<PracticeMode> mode = new Select<>();
    private final TextField training = new TextField("Course or workshop");
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>("Body regions");
    private final IntegerField sessions = new IntegerField("Supervised patient sessions");
    private final Select<StaffMember> supervisor = new Select<>();
    private final TextArea note = new TextArea("Note (optional)");
    private final Paragraph correcting = new Paragraph();
    private Long corrects;
    private final java.util.Map<String, String> regionLabels;

    public PracticeView(PracticeLog log, Jurisdictions jurisdictions, Observations observations) {
        this.log = log;
        this.jurisdictions = jurisdictions;
        this.observations = observations;
        this.regionLabels = log.bodyRegions();
        addClassName("practice-page");
        add(new H1("Practical training"), new Paragraph("Regulators ask for more than online courses: in-person hours and "
                + "supervised needling sessions, countersigned by a supervisor. Log them here; once your supervisor "
                + "countersigns an entry it counts, and it can no longer change (a correction is a new entry)."));
        add(new H2("Where I practise"), standing, registration());
        add(new H2("Totals"), new Paragraph("Countersigned entries only; an entry's hours count for every region it covered."), totals);
        add(new H2("Observed practicals"), new Paragraph("A supervisor of your organisation observes you needle and marks "
                + "each step of the course's checklist; a critical step not done fails the observation. Signed results "
                + "appear here."), observed);
        add(new H2("Log training"), form());
        entries.addColumn(e -> e.date().toString()).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> e.mode().label()).setHeader("Mode").setAutoWidth(true);
        entries.addColumn(e -> e.hours().stripTrailingZeros().toPlainString()).setHeader("Hours").setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> e.sessions() == 0 ? "" : String.valueOf(e.sessions())).setHeader("Sessions").setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(PracticeEntry::training).setHeader("Training");
        entries.addColumn(e -> e.regionLabels(regionLabels)).setHeader("Regions");
        entries.addComponentColumn(PracticeView::status).setHeader("Status");
        entries.addComponentColumn(e -> e.status() == PracticeEntry.Status.SUBMITTED || e.correctedBy() != null ? new Span()
                : new Button("Correct", click -> startCorrection(e))).setHeader("").setAutoWidth(true).setFlexGrow(0);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAllRowsVisible(true);
        add(new H2("My entries"), entries);
        refresh();
    }

    /** What happened to an entry, with who decided, when, the comment and the hash of what was signed. */
    static Div status(PracticeEntry e) {
        Div box = new Div(new Span(e.counts() || e.status() != PracticeEntry.Status.COUNTERSIGNED ? e.status().label()
                : "Countersigned, replaced by entry " + e.correctedBy()));
        box.addClassName(switch (e.status()) {
            case COUNTERSIGNED -> "status-achieved";
            case RETURNED -> "status-needs-remediation";
            case SUBMITTED -> "status-in-progress";
        });
        if (e.decidedByName() != null) {
            box.add(new Div(new Span("by " + e.decidedByName() + ", " + WHEN.format(e.decidedAt()))));
        } else if (e.supervisorName() != null) {
            box.add(new Div(new Span("to " + e.supervisorName())));
        }
        if (e.decisionComment() != null) {
            box.add(new Div(new Span("“" + e.decisionComment() + "”")));
        }
        if (e.corrects() != null) {
            box.add(new Div(new Span("corrects entry " + e.corrects())));
        }
        Span hash = new Span("entry " + e.id() + " · SHA-256 " + e.contentHash().substring(0, 12) + "…");
        hash.getElement().setAttribute("title", e.contentHash());
        hash.addClassName("hash");
        box.add(new Div(hash));
        return box;
    }

    private HorizontalLayout registration() {
        Select<JurisdictionDefinition> where = new Select<>();
        where.setLabel("Jurisdiction");
        where.setItems(jurisdictions.all());
        where.setItemLabelGenerator(JurisdictionDefinition::name);
        TextField licence = new TextField("Licence number there");
        DatePicker since = new DatePicker("First licensed on");
        Button add = new Button("Add jurisdiction", e -> act(() -> {
            if (where.getValue() == null) {
                throw new InvalidInputException("jurisdiction", "Choose a jurisdiction.");
            }
            jurisdictions.register(where.getValue().code(), licence.getValue(), since.getValue());
            licence.clear();
            since.clear();
        }, "Jurisdiction added."));
        HorizontalLayout row = new HorizontalLayout(where, licence, since, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        return row;
    }

    private VerticalLayout form() {
        hours.setHelperText("Clock hours, at most 24 a day");
        mode.setLabel("Mode");
        mode.setItems(PracticeMode.values());
        mode.setItemLabelGenerator(PracticeMode::label);
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
        sessions.setHelperText("Supervised clinical needling only");
        supervisor.setLabel("Supervisor who countersigns");
        supervisor.setItemLabelGenerator(StaffMember::fullName);
        supervisor.setEmptySelectionCaption("Choose your supervisor");
        note.setMaxLength(PracticeLog.MAX_NOTE);
        note.setWidth("32rem");
        note.setMaxWidth("100%");
        note.setHelperText("Muscles, needle sizes, what you practised. Never a patient's name, date of birth, record number or "
                + "contact details.");
        Button submit = new Button("Submit for countersignature", e -> act(this::submit, "Sent to your supervisor for countersignature."));
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
        correcting.setText("Correcting entry " + e.id() + " of " + e.date() + ": submit the corrected entry below. The old entry "
                + "stays as it is and stops counting once your supervisor countersigns the correction.");
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
            observed.add(new Paragraph("No observation yet."));
        }
        mineObserved.forEach(o -> observed.add(ObservationCard.of(o, false)));
    }

    private void showTotals(PracticeTotals t) {
        totals.removeAll();
        UnorderedList modes = new UnorderedList();
        for (PracticeMode m : PracticeMode.values()) {
            modes.add(new ListItem(m.label() + ": " + t.hours(m).stripTrailingZeros().toPlainString() + " h"));
        }
        modes.add(new ListItem("Supervised patient sessions: " + t.supervisedSessions()));
        UnorderedList byRegion = new UnorderedList();
        t.hoursByRegion().forEach((region, h) -> {
            if (h.signum() > 0) {
                byRegion.add(new ListItem(regionLabels.getOrDefault(region, region) + ": " + h.stripTrailingZeros().toPlainString() + " h"));
            }
        });
        totals.add(modes);
        if (byRegion.getChildren().findAny().isPresent()) {
            totals.add(new H3("By region"), byRegion);
        }
    }

    private void showStanding(List<Jurisdictions.Standing> mine) {
        standing.removeAll();
        if (mine.isEmpty()) {
            standing.add(new Paragraph("Add the jurisdictions where you practise: each says here whether you are eligible to dry "
                    + "needle there, or exactly what is missing."));
        }
        for (Jurisdictions.Standing s : mine) {
            Section card = new Section();
            card.addClassName("module");
            Span verdict = new Span(s.eligibility().eligible() ? "Eligible to dry needle" : "Not eligible yet");
            verdict.addClassName(s.eligibility().eligible() ? "status-achieved" : "status-not-cleared");
            card.add(new H3(s.rules().name()), new Paragraph(verdict, new Span(" · licence " + s.licenceNumber() + ", first licensed "
                    + s.licensedSince())));
            if (!s.eligibility().eligible()) {
                card.add(new Paragraph(s.eligibility().summary() + "."));
            }
            for (JurisdictionDefinition.Attestation a : s.rules().attestations()) {
                card.add(attestation(s, a));
            }
            card.add(new Paragraph("Rules reviewed " + s.rules().reviewed() + "; check them with the regulator: "
                    + s.rules().source(s.rules().requirements().source()).map(JurisdictionDefinition.Source::title).orElse("see notes")));
            Button remove = new Button("Remove " + s.rules().name(), e -> act(() -> jurisdictions.unregister(s.rules().code()),
                    s.rules().name() + " removed."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(remove);
            standing.add(card);
        }
    }

    private Div attestation(Jurisdictions.Standing s, JurisdictionDefinition.Attestation a) {
        Div box = new Div();
        box.addClassName("attestation");
        java.time.LocalDate done = s.attestationsDone().get(a.id());
        String deadline = a.withinDays() == null ? "" : " (within " + a.withinDays() + " days of completing the training)";
        if (done != null) {
            box.add(new Paragraph(new Span("✓ " + a.text() + ": done on " + done)));
            return box;
        }
        DatePicker on = new DatePicker("Done on");
        byte[][] file = new byte[1][];
        String[] name = new String[1];
        Upload upload = BoundedUpload.of(Jurisdictions.MAX_EVIDENCE_BYTES, (metadata, bytes) -> UI.getCurrent().access(() -> {
            file[0] = bytes;
            name[0] = metadata.fileName();
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg");
        upload.setUploadButton(new Button("Attach evidence…"));
        Button record = new Button("Record as done", e -> act(() -> jurisdictions.recordAttestation(s.rules().code(), a.id(),
                on.getValue(), name[0], file[0]), "Recorded."));
        HorizontalLayout row = new HorizontalLayout(on, upload, record);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        box.add(new Paragraph(a.text() + deadline + (a.evidenceRequired() ? "; evidence required." : ".")), row);
        return box;
    }
}
