package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.authoring.domain.DraftRecords.State;
import academy.triggerpoint.catalog.PublishedVersion;
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
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Review of a draft: the author submits it (only without problems) or withdraws it; another author
 * approves, which publishes it, or sends it back with what to change; anyone may comment.
 */
class DraftReviewPanel extends VerticalLayout {

    DraftReviewPanel(Drafts drafts, Drafts.Workspace workspace, Runnable reload) {
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
                    Button approve = new Button(getTranslation("authoring.review.approve"), e -> {
                        PublishedVersion version = drafts.approve(id, comment.getValue());
                        Notification.show(getTranslation("authoring.review.approved", version.label()));
                        reload.run();
                    });
                    approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
                    Button changes = new Button(getTranslation("authoring.review.request-changes"), e -> {
                        drafts.requestChanges(id, comment.getValue());
                        reload.run();
                    });
                    add(comment, new HorizontalLayout(approve, changes));
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
