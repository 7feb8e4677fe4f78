package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.QuestionImportReport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Consumer;

/** Imports a GIFT or Moodle XML file into a module's item bank and reports every question not imported. */
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
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> UI.getCurrent().access(() -> {
            QuestionImportReport result = drafts.importQuestions(workspace.draft().id(), module.getValue(), lesson.getValue(),
                    metadata.fileName(), bytes);
            show(result);
            done.accept(result);
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Drafts.MAX_QUESTION_FILE_BYTES);
        upload.setAcceptedFileTypes(".gift", ".txt", ".xml");
        upload.setUploadButton(new Button("Choose a GIFT or Moodle XML file…"));
        upload.setDropLabel(new Span("at most 10 MB"));
        add(new Paragraph("Supported: single and multiple choice, true/false, matching, numeric (and ordering from Moodle). "
                + "Questions of other types are listed with the reason; nothing is half-imported."), module, lesson, upload);
    }

    /** In a dialog, because a successful import reloads the page behind it. */
    private static void show(QuestionImportReport result) {
        Div report = new Div();
        report.add(new Paragraph(result.imported() == 0 ? "No question could be imported."
                : result.imported() + " question(s) imported into " + result.bankPath() + "."));
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
        Dialog dialog = new Dialog(report);
        dialog.setHeaderTitle("Question import");
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setMaxWidth("50em");
        dialog.open();
    }
}
