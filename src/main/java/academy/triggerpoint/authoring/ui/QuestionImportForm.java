package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.QuestionImportReport;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a GIFT or Moodle XML file into a module's item bank, by default adding a pool to the module's
 * quiz so the questions are asked, and reports which quiz asks them and every question not imported.
 */
class QuestionImportForm extends VerticalLayout {

    QuestionImportForm(Drafts drafts, Drafts.Workspace workspace, Consumer<QuestionImportReport> done) {
        setPadding(false);
        List<String> paths = workspace.files().stream().map(f -> f.path()).toList();
        ComboBox<String> module = new ComboBox<>("Module");
        module.setItems(paths.stream().filter(p -> p.matches("modules/[^/]+/module\\.yaml"))
                .map(p -> p.split("/")[1]).toList());
        ComboBox<String> lesson = new ComboBox<>("Lesson that teaches them");
        module.addValueChangeListener(e -> lesson.setItems(e.getValue() == null ? List.of() : paths.stream()
                .filter(p -> p.matches("modules/" + e.getValue() + "/[^/]+\\.md"))
                .map(p -> p.substring(p.lastIndexOf('/') + 1, p.length() - 3)).toList()));
        Checkbox toQuiz = new Checkbox("Add them to the module's quiz", true);
        IntegerField perAttempt = new IntegerField("Questions per attempt from this file");
        perAttempt.setMin(1);
        perAttempt.setValue(5);
        perAttempt.setStepButtonsVisible(true);
        perAttempt.setHelperText("at most as many as are imported");
        toQuiz.addValueChangeListener(e -> perAttempt.setEnabled(e.getValue()));
        Upload upload = BoundedUpload.of(Drafts.MAX_QUESTION_FILE_BYTES, (metadata, bytes) -> UI.getCurrent().access(() -> {
            int count = toQuiz.getValue() && perAttempt.getValue() != null ? Math.max(1, perAttempt.getValue()) : 0;
            QuestionImportReport result = drafts.importQuestions(workspace.draft().id(), module.getValue(), lesson.getValue(),
                    metadata.fileName(), bytes, count);
            show(result);
            done.accept(result);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Drafts.MAX_QUESTION_FILE_BYTES);
        upload.setAcceptedFileTypes(".gift", ".txt", ".xml");
        upload.setUploadButton(new Button("Choose a GIFT or Moodle XML file…"));
        upload.setDropLabel(new Span("at most 10 MB"));
        add(new Paragraph("Supported: single and multiple choice, true/false, matching, numeric (and ordering from Moodle). "
                + "Questions of other types are listed with the reason; nothing is half-imported."),
                new Paragraph("The questions go into a new item bank of the module. A quiz asks only questions it draws: "
                        + "with the box ticked, the module's quiz gets a pool that draws the chosen number of them in every "
                        + "attempt; untick it to write the pool in module.yaml yourself."),
                module, lesson, toQuiz, perAttempt, upload);
        module.setWidthFull();
        lesson.setWidthFull();
        perAttempt.setWidthFull();
    }

    /** In a dialog, because a successful import reloads the page behind it. */
    private static void show(QuestionImportReport result) {
        Div report = new Div();
        report.add(new Paragraph(result.imported() == 0 ? "No question could be imported."
                : Counts.of(result.imported(), "question") + " imported into " + result.bankPath() + "."));
        if (result.imported() > 0) {
            Paragraph reach = new Paragraph(reach(result));
            reach.addClassName("import-reach");
            report.add(reach);
        }
        if (!result.rejected().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.rejected().forEach(r -> list.add(new ListItem(r.where() + ": " + r.reason())));
            report.add(new Paragraph(result.rejected().size() + " not imported:"), list);
        }
        if (!result.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.warnings().forEach(w -> list.add(new ListItem(w)));
            report.add(new Paragraph("Warnings:"), list);
        }
        report.addClassName("import-report");
        Dialog dialog = new Dialog(report);
        dialog.setHeaderTitle("Question import");
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(50em, 95vw)");
        dialog.open();
    }

    /** Which quiz asks the imported questions, and how to make one ask them when none does. */
    static String reach(QuestionImportReport result) {
        StringBuilder text = new StringBuilder();
        if (result.addedPool() != null) {
            QuestionImportReport.Pool pool = result.addedPool();
            text.append("The quiz “").append(pool.quizTitle()).append("” in ").append(pool.modulePath()).append(" now draws ")
                    .append(pool.count()).append(" of them").append(" in every attempt (a pool on the tag ")
                    .append(pool.tag()).append("; change its count there). ");
        } else if (result.poolNotAdded() != null) {
            text.append("No pool was added: ").append(result.poolNotAdded()).append(". ");
        }
        List<String> others = result.drawnBy().stream()
                .filter(q -> result.addedPool() == null || !result.addedPool().modulePath().equals("modules/" + q.moduleId() + "/module.yaml"))
                .map(q -> "“" + q.title() + "” (module " + q.moduleId() + ")").toList();
        if (!others.isEmpty()) {
            text.append(result.addedPool() == null ? "Quizzes that draw from them through their tags: "
                    : "Other quizzes draw from them through their tags too: ").append(String.join(", ", others)).append(". ");
        }
        if (result.drawnBy().isEmpty()) {
            text.append("No quiz draws these questions yet, so no learner will be asked them. To use them, add a pool to "
                    + "the draw: list of a quiz in its module.yaml, for example “- tags: [").append(result.importTag())
                    .append("]” with “count: 5”.");
        }
        return text.toString().strip();
    }
}
