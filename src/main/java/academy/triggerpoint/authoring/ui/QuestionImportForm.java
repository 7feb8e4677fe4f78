package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.QuestionImportReport;
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
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a GIFT, Moodle XML or QTI (a 2.1, 2.2 or 3.0 content package, or one item) file into a module's item bank, by default adding a pool to the module's
 * quiz so the questions are asked, and reports which quiz asks them and every question not imported.
 */
class QuestionImportForm extends VerticalLayout {

    QuestionImportForm(Drafts drafts, Drafts.Workspace workspace, Consumer<QuestionImportReport> done) {
        setPadding(false);
        List<String> paths = workspace.files().stream().map(f -> f.path()).toList();
        ComboBox<String> module = new ComboBox<>(getTranslation("authoring.question-import.module"));
        module.setItems(paths.stream().filter(p -> p.matches("modules/[^/]+/module\\.yaml"))
                .map(p -> p.split("/")[1]).toList());
        ComboBox<String> lesson = new ComboBox<>(getTranslation("authoring.question-import.lesson"));
        module.addValueChangeListener(e -> lesson.setItems(e.getValue() == null ? List.of() : paths.stream()
                .filter(p -> p.matches("modules/" + e.getValue() + "/[^/]+\\.md"))
                .map(p -> p.substring(p.lastIndexOf('/') + 1, p.length() - 3)).toList()));
        Checkbox toQuiz = new Checkbox(getTranslation("authoring.question-import.to-quiz"), true);
        IntegerField perAttempt = new IntegerField(getTranslation("authoring.question-import.per-attempt"));
        perAttempt.setMin(1);
        perAttempt.setValue(5);
        perAttempt.setStepButtonsVisible(true);
        perAttempt.setHelperText(getTranslation("authoring.question-import.per-attempt.helper"));
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
        upload.setAcceptedFileTypes(".gift", ".txt", ".xml", ".zip");
        upload.setUploadButton(new Button(getTranslation("authoring.question-import.upload")));
        upload.setDropLabel(new Span(getTranslation("authoring.question-import.upload.drop")));
        add(new Paragraph(getTranslation("authoring.question-import.supported")),
                new Paragraph(getTranslation("authoring.question-import.where")),
                module, lesson, toQuiz, perAttempt, upload);
        module.setWidthFull();
        lesson.setWidthFull();
        perAttempt.setWidthFull();
    }

    /** In a dialog, because a successful import reloads the page behind it. */
    private void show(QuestionImportReport result) {
        Div report = new Div();
        report.add(new Paragraph(result.imported() == 0 ? getTranslation("authoring.question-import.none-imported")
                : getTranslation("authoring.question-import.imported", result.imported(), result.bankPath())));
        if (result.imported() > 0) {
            Paragraph reach = new Paragraph(reach(result));
            reach.addClassName("import-reach");
            report.add(reach);
        }
        if (!result.rejected().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.rejected().forEach(r -> list.add(new ListItem(r.where() + ": " + r.reason())));
            report.add(new Paragraph(getTranslation("authoring.question-import.rejected", result.rejected().size())), list);
        }
        if (!result.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.warnings().forEach(w -> list.add(new ListItem(w)));
            report.add(new Paragraph(getTranslation("authoring.question-import.warnings")), list);
        }
        report.addClassName("import-report");
        Dialog dialog = new Dialog(report);
        dialog.setHeaderTitle(getTranslation("authoring.question-import.title"));
        dialog.getFooter().add(new Button(getTranslation("authoring.question-import.close"), e -> dialog.close()));
        dialog.setWidth("min(50em, 95vw)");
        dialog.open();
    }

    /** Which quiz asks the imported questions, and how to make one ask them when none does. */
    static String reach(QuestionImportReport result) {
        List<String> sentences = new ArrayList<>();
        if (result.addedPool() != null) {
            QuestionImportReport.Pool pool = result.addedPool();
            sentences.add(I18NProvider.translate("authoring.question-import.reach.pool-added", pool.quizTitle(), pool.modulePath(),
                    pool.count(), pool.tag()));
        } else if (result.poolNotAdded() != null) {
            sentences.add(I18NProvider.translate("authoring.question-import.reach.no-pool", result.poolNotAdded()));
        }
        List<String> others = result.drawnBy().stream()
                .filter(q -> result.addedPool() == null || !result.addedPool().modulePath().equals("modules/" + q.moduleId() + "/module.yaml"))
                .map(q -> I18NProvider.translate("authoring.question-import.reach.quiz", q.title(), q.moduleId())).toList();
        if (!others.isEmpty()) {
            sentences.add(I18NProvider.translate(result.addedPool() == null ? "authoring.question-import.reach.drawn-by"
                    : "authoring.question-import.reach.drawn-by-others", String.join(", ", others)));
        }
        if (result.drawnBy().isEmpty()) {
            sentences.add(I18NProvider.translate("authoring.question-import.reach.drawn-by-none", result.importTag()));
        }
        return String.join(" ", sentences);
    }
}
