package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.VersionChanges;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.authoring.domain.DraftRecords.State;
import academy.triggerpoint.catalog.ChangeClass;
import academy.triggerpoint.catalog.PublishedVersion;
import academy.triggerpoint.catalog.VersionClassification;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Review of a draft: the author submits it (only without problems) or withdraws it; another author
 * approves, which publishes it, or sends it back with what to change; anyone may comment. Approving
 * a new version of an existing course asks for its classification and change note, and lists what
 * changed that rules out "editorial"; the service decides.
 */
class DraftReviewPanel extends VerticalLayout {

    DraftReviewPanel(Drafts drafts, VersionChanges changes, Drafts.Workspace workspace, Runnable reload) {
        setPadding(false);
        DraftRecords.Draft draft = workspace.draft();
        long id = draft.id();
        TextArea comment = new TextArea(getTranslation("authoring.review.comment.label"));
        comment.setHelperText(getTranslation("authoring.review.comment.helper"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        switch (draft.state()) {
            case EDITING -> {
                Button submit = new Button(getTranslation("authoring.review.submit"), e -> {
                    drafts.submit(id);
                    Notification.show(getTranslation("authoring.review.submitted"));
                    reload.run();
                });
                submit.addThemeVariants(ButtonVariant.PRIMARY);
                submit.setEnabled(workspace.submittable());
                if (workspace.problems().isEmpty()) {
                    add(new Paragraph(getTranslation("authoring.review.no-problems")));
                } else {
                    add(new Paragraph(getTranslation("authoring.review.fix-first", workspace.problems().size())));
                    UnorderedList list = new UnorderedList();
                    workspace.problems().forEach(p -> {
                        ListItem item = new ListItem(p.toString());
                        item.addClassNames("review-problem", "status-needs-remediation");
                        list.add(item);
                    });
                    add(list);
                }
                add(new HorizontalLayout(submit, discard(drafts, workspace, reload)));
            }
            case IN_REVIEW -> {
                add(new Paragraph(getTranslation("authoring.review.in-review", Dates.format(draft.submittedAt(), getLocale()),
                        draft.submittedHash().substring(0, 12))));
                if (workspace.whyNotReviewer().isPresent()) {
                    add(new Paragraph(workspace.whyNotReviewer().get()));
                } else {
                    Classification classification = drafts.needsClassification(id)
                            ? classification(changes.ofDraft(id).safetyTouches()) : null;
                    Button approve = new Button(getTranslation("authoring.review.approve"), e -> {
                        PublishedVersion version;
                        try {
                            version = drafts.approve(id, comment.getValue(), classification == null ? null : classification.value());
                        } catch (InvalidInputException refused) {
                            if (classification == null || !classification.show(refused)) {
                                throw refused;
                            }
                            return;
                        }
                        Notification.show(getTranslation("authoring.review.approved", version.label()));
                        reload.run();
                    });
                    approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
                    Button sendBack = new Button(getTranslation("authoring.review.request-changes"), e -> {
                        drafts.requestChanges(id, comment.getValue());
                        reload.run();
                    });
                    add(comment, new HorizontalLayout(approve, sendBack));
                }
                add(new HorizontalLayout(new Button(getTranslation("authoring.review.withdraw"), e -> {
                    drafts.withdraw(id);
                    reload.run();
                }), discard(drafts, workspace, reload)));
            }
            case PUBLISHED -> add(new Paragraph(getTranslation("authoring.review.published",
                    Dates.format(draft.closedAt(), getLocale()))));
            case DISCARDED -> add(new Paragraph(getTranslation("authoring.review.discarded",
                    Dates.format(draft.closedAt(), getLocale()))));
        }
        add(new H3(getTranslation("authoring.review.comments")));
        Div list = new Div();
        drafts.comments(id).forEach(c -> {
            String at = Dates.format(c.createdAt(), getLocale());
            Paragraph p = new Paragraph(c.path() == null
                    ? getTranslation("authoring.review.comment", c.authorName(), at, c.body())
                    : getTranslation("authoring.review.comment-on-file", c.authorName(), at, c.path(), c.body()));
            p.addClassName("draft-comment");
            list.add(p);
        });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("authoring.review.no-comments")));
        }
        add(list);
        if (draft.state() == State.EDITING || draft.state() == State.IN_REVIEW) {
            TextArea note = new TextArea(getTranslation("authoring.review.add-comment"));
            note.setWidthFull();
            note.setMaxLength(4000);
            add(note, new Button(getTranslation("authoring.review.comment-button"), e -> {
                drafts.comment(id, null, note.getValue());
                reload.run();
            }));
        }
    }

    /**
     * The reviewer's classification of a new version: the class (editorial only when nothing in
     * {@code safetyTouches} changed), the change note, and for a safety-critical change the grace period.
     */
    private Classification classification(List<String> safetyTouches) {
        RadioButtonGroup<ChangeClass> changeClass = new RadioButtonGroup<>(getTranslation("authoring.review.classification.label"));
        changeClass.setItems(ChangeClass.values());
        changeClass.setItemLabelGenerator(c -> switch (c) {
            case EDITORIAL -> getTranslation("authoring.review.classification.editorial");
            case SUBSTANTIVE -> getTranslation("authoring.review.classification.substantive");
            case SAFETY_CRITICAL -> getTranslation("authoring.review.classification.safety-critical");
        });
        changeClass.setItemEnabledProvider(c -> c != ChangeClass.EDITORIAL || safetyTouches.isEmpty());
        changeClass.addClassName("change-class");
        TextArea changeNote = new TextArea(getTranslation("authoring.review.change-note.label"));
        changeNote.setHelperText(getTranslation("authoring.review.change-note.helper"));
        changeNote.setMaxLength(VersionClassification.MAX_NOTE_LENGTH);
        changeNote.setWidthFull();
        changeNote.addClassName("change-note");
        IntegerField graceDays = new IntegerField(getTranslation("authoring.review.grace.label"));
        graceDays.setHelperText(getTranslation("authoring.review.grace.helper"));
        graceDays.setMin(0);
        graceDays.setMax(VersionClassification.MAX_GRACE_DAYS);
        graceDays.setValue(VersionClassification.DEFAULT_GRACE_DAYS);
        graceDays.setVisible(false);
        changeClass.addValueChangeListener(e -> graceDays.setVisible(e.getValue() == ChangeClass.SAFETY_CRITICAL));
        add(new H3(getTranslation("authoring.review.classification.heading")));
        if (!safetyTouches.isEmpty()) {
            add(new Paragraph(getTranslation("authoring.review.classification.not-editorial")));
            UnorderedList touches = new UnorderedList();
            safetyTouches.forEach(t -> {
                ListItem item = new ListItem(t);
                item.addClassName("safety-touch");
                touches.add(item);
            });
            add(touches);
        }
        add(changeClass, changeNote, graceDays);
        return new Classification(changeClass, changeNote, graceDays);
    }

    /** The classification fields, read when approving and marked with the service's refusal. */
    private record Classification(RadioButtonGroup<ChangeClass> changeClass, TextArea changeNote, IntegerField graceDays) {

        VersionClassification value() {
            changeClass.setInvalid(false);
            changeNote.setInvalid(false);
            graceDays.setInvalid(false);
            return new VersionClassification(changeClass.getValue(), changeNote.getValue(), graceDays.getValue());
        }

        /** Shows a refusal at the field it names; false when it names none of these fields. */
        boolean show(InvalidInputException refused) {
            HasValidation field = switch (String.valueOf(refused.field())) {
                case "classification" -> changeClass;
                case "changeNote" -> changeNote;
                case "graceDays" -> graceDays;
                default -> null;
            };
            if (field == null) {
                return false;
            }
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return true;
        }
    }

    /** Discarding cannot be undone, so it asks first and says what goes. */
    private Button discard(Drafts drafts, Drafts.Workspace workspace, Runnable reload) {
        long id = workspace.draft().id();
        Button discard = new Button(getTranslation("authoring.review.discard"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("authoring.review.discard.header", id));
            int files = workspace.files().size();
            confirm.setText(workspace.baseLabel() == null
                    ? getTranslation("authoring.review.discard.text-new-course", files)
                    : getTranslation("authoring.review.discard.text", files, workspace.baseLabel()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("authoring.review.discard.keep"));
            confirm.setConfirmText(getTranslation("authoring.review.discard"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                drafts.discard(id);
                reload.run();
            });
            confirm.open();
        });
        discard.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return discard;
    }
}
