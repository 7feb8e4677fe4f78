package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.QuestionImportReport;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.catalog.content.YamlLines;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a draft: a list with each file's problem count, an editor for the chosen file
 * (Markdown with a live preview, YAML, or an image), and ways to add files, modules and questions.
 * The validator's problems are shown for the whole draft and, line by line, under the editor.
 */
class DraftFilesPanel extends HorizontalLayout {

    private final Drafts drafts;
    private final long draftId;
    private final boolean editable;
    private final Runnable reload;
    private final Grid<DraftRecords.FileRow> files = new Grid<>();
    private final Div summary = new Div();
    private final VerticalLayout editor = new VerticalLayout();
    private List<Problem> problems;

    DraftFilesPanel(Drafts drafts, Drafts.Workspace workspace, Runnable reload) {
        this.drafts = drafts;
        this.draftId = workspace.draft().id();
        this.editable = workspace.editable();
        this.reload = reload;
        this.problems = workspace.problems();
        setWidthFull();
        addClassName("draft-files-panel");
        files.addColumn(DraftRecords.FileRow::path).setHeader(getTranslation("authoring.files.column.file"))
                .setFlexGrow(1).setResizable(true);
        files.addColumn(f -> problemCount(f.path())).setHeader(getTranslation("authoring.files.column.problems"))
                .setAutoWidth(true).setFlexGrow(0);
        files.setItems(workspace.files());
        files.setHeight("32em");
        files.setId("draft-files");
        files.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        files.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(f -> open(f.path())));
        VerticalLayout left = new VerticalLayout(summary, files);
        left.setPadding(false);
        left.setWidth("26em");
        left.addClassName("draft-files-list");
        if (editable) {
            left.add(additions(workspace));
        }
        editor.setPadding(false);
        editor.addClassName("draft-file-editor");
        editor.add(new Paragraph(getTranslation("authoring.files.choose")));
        add(left, editor);
        setFlexGrow(1, editor);
        showSummary();
    }

    private String problemCount(String path) {
        int count = Drafts.problemsOf(problems, path).size();
        return count == 0 ? "" : "⚠ " + count;
    }

    private void showSummary() {
        summary.removeAll();
        if (problems.isEmpty()) {
            Span ok = new Span(getTranslation("authoring.files.no-problems"));
            ok.addClassName("status-achieved");
            summary.add(ok);
            return;
        }
        UnorderedList list = new UnorderedList();
        problems.stream().limit(30).forEach(p -> list.add(new ListItem(p.toString())));
        Span count = new Span(getTranslation("authoring.files.problems", problems.size()));
        count.addClassName("status-needs-remediation");
        summary.add(new Details(count, list));
    }

    private void problemsChanged(List<Problem> now) {
        problems = now;
        showSummary();
        files.getDataProvider().refreshAll();
    }

    private void open(String path) {
        editor.removeAll();
        DraftRecords.Content content = drafts.file(draftId, path);
        editor.add(new H3(path));
        if (path.endsWith(".md") || path.endsWith(".yaml")) {
            editor.add(new TextEditor(path, new String(content.bytes(), StandardCharsets.UTF_8), content.revision()));
        } else {
            editor.add(imageEditor(path, content));
        }
    }

    /**
     * A text file: the source editor with the file's problems by line, and beside it what helps
     * with that kind of file: the rendered preview of a lesson, the outline of a case or an item
     * bank, or a form for the manifest and for modules with their quiz.
     */
    private final class TextEditor extends VerticalLayout {

        private final String path;
        private long revision;
        private final TextArea text = new TextArea();
        private final Div fileProblems = new Div();
        private final Paragraph message = new Paragraph();
        private final Div outline = new Div();
        private final Div formHolder = new Div();
        private YamlForm form;
        private TabSheet views;

        TextEditor(String path, String content, long revision) {
            this.path = path;
            this.revision = revision;
            setPadding(false);
            text.setValue(content);
            text.setWidthFull();
            text.setMinHeight("24em");
            text.setMaxHeight("40em");
            text.addClassName("source-editor");
            text.setReadOnly(!editable);
            text.setAriaLabel(getTranslation("authoring.editor.contents", path));
            Button save = new Button(getTranslation("authoring.editor.save"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setEnabled(editable);
            save.addClickShortcut(com.vaadin.flow.component.Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
            message.addClassName("editor-message");
            if (path.endsWith(".md")) {
                Div preview = new Div();
                preview.addClassNames("lesson-body", "lesson-preview");
                renderPreview(preview);
                liveUpdate(() -> renderPreview(preview));
                add(beside(text, preview));
            } else if (FileForms.layoutFor(path).isPresent()) {
                views = new TabSheet();
                views.setWidthFull();
                views.add(getTranslation("authoring.editor.tab.form"), formHolder);
                views.add(getTranslation("authoring.editor.tab.source"), text);
                views.addSelectedChangeListener(e -> switchView());
                showForm();
                add(views);
            } else if (YamlOutline.appliesTo(path)) {
                outline.addClassName("file-outline");
                liveUpdate(this::showOutline);
                add(beside(text, outline));
            } else {
                add(text);
            }
            HorizontalLayout bar = new HorizontalLayout(save, message);
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(bar, fileProblems);
            showFileProblems();
        }

        private HorizontalLayout beside(TextArea editor, Div helper) {
            editor.setWidth("58%");
            helper.setWidth("42%");
            HorizontalLayout split = new HorizontalLayout(editor, helper);
            split.setWidthFull();
            split.addClassName("editor-split");
            return split;
        }

        private void liveUpdate(Runnable update) {
            text.setValueChangeMode(ValueChangeMode.TIMEOUT);
            text.setValueChangeTimeout(300);
            text.addValueChangeListener(e -> update.run());
        }

        private void renderPreview(Div preview) {
            preview.getElement().setProperty("innerHTML", drafts.preview(draftId, path, text.getValue()));
        }

        /** The form from the source as it stands; a source that is not YAML keeps the author in the source. */
        private void showForm() {
            formHolder.removeAll();
            form = YamlForm.of(text.getValue(), FileForms.layoutFor(path).orElseThrow()).orElse(null);
            if (form == null) {
                formHolder.add(new Paragraph(getTranslation("authoring.editor.form-needs-yaml")));
                return;
            }
            form.setEnabled(editable);
            commentNote().ifPresent(formHolder::add);
            formHolder.add(form);
            form.showProblems(Drafts.problemsOf(problems, path));
        }

        /** A warning that a form edit drops the file's comments, when it has any. */
        private Optional<Paragraph> commentNote() {
            long comments = text.getValue().lines().filter(l -> l.strip().startsWith("#")).count();
            if (comments == 0) {
                return Optional.empty();
            }
            Paragraph note = new Paragraph(getTranslation("authoring.editor.comments-dropped", comments));
            note.addClassName("form-note");
            return Optional.of(note);
        }

        private boolean formSelected() {
            return views != null && views.getSelectedIndex() == 0;
        }

        /** Carries the author's changes across: form edits into the source, source edits into the form. */
        private void switchView() {
            if (formSelected()) {
                showForm();
            } else if (form != null && form.changed()) {
                text.setValue(form.yaml());
            }
        }

        private String current() {
            return formSelected() && form != null && form.changed() ? form.yaml() : text.getValue();
        }

        private void save() {
            try {
                String content = current();
                Drafts.Saved saved = drafts.save(draftId, path, content, revision);
                revision = saved.revision();
                text.setValue(content);
                problemsChanged(saved.problems());
                showFileProblems();
                if (formSelected()) {
                    showForm();
                }
                message.setText(getTranslation("authoring.editor.saved", revision));
                message.removeClassName("status-needs-remediation");
            } catch (InvalidInputException e) {
                message.setText(e.getMessage());
                message.addClassName("status-needs-remediation");
            }
        }

        private void showFileProblems() {
            fileProblems.removeAll();
            if (YamlOutline.appliesTo(path)) {
                showOutline();
            }
            List<Problem> mine = Drafts.problemsOf(problems, path);
            if (mine.isEmpty()) {
                return;
            }
            UnorderedList list = new UnorderedList();
            mine.forEach(p -> {
                ListItem item = new ListItem((p.line() > 0 ? p.position() + ": " : "") + p.message());
                item.addClassName("status-needs-remediation");
                if (p.line() > 0) {
                    item.addClassName("goes-to-line");
                    item.addClickListener(e -> goToLine(p.line()));
                }
                list.add(item);
            });
            fileProblems.add(new Paragraph(getTranslation("authoring.editor.problems")), list);
        }

        private void showOutline() {
            outline.removeAll();
            YamlOutline.of(path, text.getValue()).ifPresentOrElse(o -> {
                Map<String, List<Problem>> placed = ProblemPlacement.place(Drafts.problemsOf(problems, path),
                        o.lines().stream().map(YamlOutline.Line::pointer).distinct().toList());
                java.util.Set<String> shown = new java.util.HashSet<>();
                for (YamlOutline.Line line : o.lines()) {
                    Span label = new Span(line.text());
                    label.addClickListener(e -> goToPointer(line.pointer()));
                    Div row = new Div(label);
                    row.addClassNames("outline-line", "outline-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
                    row.getStyle().set("padding-left", (line.depth() * 1.25) + "em");
                    if (line.kind() == YamlOutline.Kind.ITEM && editable) {
                        Button edit = new Button(getTranslation("authoring.editor.item-form"), e -> editItem(line.pointer()));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                        edit.setAriaLabel(getTranslation("authoring.editor.item-form.label", line.text()));
                        row.add(edit);
                    }
                    if (shown.add(line.pointer())) {
                        placed.getOrDefault(line.pointer(), List.of()).forEach(p -> {
                            Div problem = new Div(new Span("⚠ " + p.message()));
                            problem.addClassName("outline-problem");
                            row.add(problem);
                        });
                    }
                    outline.add(row);
                }
            }, () -> outline.add(new Paragraph(getTranslation("authoring.editor.outline-needs-yaml"))));
        }

        /** The item at {@code pointer} in a form; saving writes the whole file back through the usual save. */
        private void editItem(String pointer) {
            Optional<YamlForm> opened = YamlForm.of(text.getValue(), ItemForm.at(pointer));
            if (opened.isEmpty()) {
                message.setText(getTranslation("authoring.editor.item-form-needs-yaml"));
                return;
            }
            YamlForm itemForm = opened.get();
            itemForm.showProblems(problemsUnder(pointer));
            Dialog dialog = new Dialog();
            commentNote().ifPresent(dialog::add);
            dialog.add(itemForm);
            dialog.setHeaderTitle(getTranslation("authoring.editor.item-form.title"));
            dialog.setWidth("min(64em, 95vw)");
            Paragraph result = new Paragraph();
            result.addClassName("editor-message");
            Button saveItem = new Button(getTranslation("authoring.editor.save"), e -> {
                if (itemForm.changed()) {
                    text.setValue(itemForm.yaml());
                }
                save();
                itemForm.showProblems(problemsUnder(pointer));
                result.setText(message.getText());
            });
            saveItem.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(result, new Button(getTranslation("authoring.editor.close"), e -> dialog.close()), saveItem);
            dialog.open();
        }

        private List<Problem> problemsUnder(String pointer) {
            return Drafts.problemsOf(problems, path).stream()
                    .filter(p -> ProblemPlacement.contains(pointer, p.field())).toList();
        }

        private void goToPointer(String pointer) {
            goToLine(YamlLines.lineOf(text.getValue(), pointer));
        }

        /** Selects line {@code line} of the source and scrolls it into view. */
        private void goToLine(int line) {
            if (views != null) {
                views.setSelectedIndex(1);
            }
            text.getElement().executeJs("""
                    const area = this.inputElement;
                    const lines = area.value.split('\\n');
                    const n = Math.min(Math.max($0, 1), lines.length);
                    let start = 0;
                    for (let i = 0; i < n - 1; i++) { start += lines[i].length + 1; }
                    area.focus();
                    area.setSelectionRange(start, start + lines[n - 1].length);
                    const height = parseFloat(getComputedStyle(area).lineHeight) || 20;
                    const scroller = this.shadowRoot.querySelector('[part="input-field"]') || area;
                    scroller.scrollTop = Math.max(0, (n - 4) * height);
                    """, line);
        }
    }

    private Component imageEditor(String path, DraftRecords.Content content) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Image image = new Image(Drafts.ASSET_PATH.substring(1) + draftId + "/" + path,
                getTranslation("authoring.files.image.alt", path));
        image.setMaxWidth("100%");
        // The frame positions the hotspot drawer's polygon exactly over the image.
        Div frame = new Div(image);
        frame.addClassName("hotspot-frame");
        layout.add(frame, new Paragraph(getTranslation("authoring.files.image.size", content.bytes().length, content.revision())));
        if (editable) {
            Upload replace = BoundedUpload.of(CourseParser.MAX_ASSET_BYTES, (metadata, bytes) -> UI.getCurrent().access(() -> {
                problemsChanged(drafts.replace(draftId, path, bytes, content.revision()).problems());
                open(path);
            }));
            replace.setMaxFiles(1);
            replace.setUploadButton(new Button(getTranslation("authoring.files.image.replace")));
            Button delete = new Button(getTranslation("authoring.files.image.delete"), e -> {
                drafts.delete(draftId, path, content.revision());
                reload.run();
            });
            delete.addThemeVariants(ButtonVariant.ERROR);
            layout.add(replace, delete, new HotspotDrawer(image));
        }
        return layout;
    }

    private Component additions(Drafts.Workspace workspace) {
        TextField path = new TextField(getTranslation("authoring.files.new-path"));
        path.setPlaceholder("modules/basics/new-lesson.md");
        path.setWidthFull();
        // A dropped file does not blur the field first, so its value must already be on the server.
        path.setValueChangeMode(ValueChangeMode.EAGER);
        Button create = new Button(getTranslation("authoring.files.create"), e -> {
            String value = path.getValue().strip();
            drafts.add(draftId, value, NewFiles.starter(value).getBytes(StandardCharsets.UTF_8));
            reload.run();
        });
        Upload upload = BoundedUpload.of(CourseParser.MAX_ASSET_BYTES, (metadata, bytes) -> UI.getCurrent().access(() -> {
            String folder = path.getValue().strip();
            String target = (folder.isEmpty() ? "" : folder.replaceAll("/+$", "") + "/") + metadata.fileName();
            drafts.add(draftId, target, bytes);
            reload.run();
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".svg", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize(1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("authoring.files.upload")));
        upload.setDropLabel(new Span(getTranslation("authoring.files.upload.drop")));

        TextField moduleId = new TextField(getTranslation("authoring.files.module-id"));
        TextField moduleTitle = new TextField(getTranslation("authoring.files.module-title"));
        Button addModule = new Button(getTranslation("authoring.files.add-module.button"), e -> {
            drafts.addModule(draftId, moduleId.getValue().strip(), moduleTitle.getValue());
            Notification.show(getTranslation("authoring.files.module-added"));
            reload.run();
        });
        VerticalLayout module = new VerticalLayout(moduleId, moduleTitle, addModule);
        module.setPadding(false);

        VerticalLayout add = new VerticalLayout(path, create, upload);
        add.setPadding(false);
        Details files = new Details(getTranslation("authoring.files.add-file"), add);
        Details modules = new Details(getTranslation("authoring.files.add-module"), module);
        Details questions = new Details(getTranslation("authoring.files.import-questions"),
                new QuestionImportForm(drafts, workspace, this::imported));
        VerticalLayout all = new VerticalLayout(files, modules, questions);
        all.setPadding(false);
        return all;
    }

    private void imported(QuestionImportReport report) {
        if (report.imported() > 0) {
            reload.run();
        }
    }

    /** Sensible first contents for a new text file, so the validator has something to check. */
    static final class NewFiles {

        private NewFiles() {
        }

        static String starter(String path) {
            if (path.endsWith(".md")) {
                return "---\ntitle: New lesson\nminutes: 5\n---\nWrite the lesson here.\n";
            }
            if (path.contains("/items/") && path.endsWith(".yaml")) {
                return "items: []\n";
            }
            return "";
        }
    }
}
