package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.authoring.domain.DraftRecords.State;
import academy.triggerpoint.catalog.PublishedVersion;
import academy.triggerpoint.shared.Counts;
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
        TextArea comment = new TextArea("Review comment");
        comment.setHelperText("Optional when approving; required when requesting changes.");
        comment.setWidthFull();
        comment.setMaxLength(4000);
        switch (draft.state()) {
            case EDITING -> {
                Button submit = new Button("Submit for review", e -> {
                    drafts.submit(id);
                    Notification.show("Submitted. Another author can now review it.");
                    reload.run();
                });
                submit.addThemeVariants(ButtonVariant.PRIMARY);
                submit.setEnabled(workspace.submittable());
                if (workspace.problems().isEmpty()) {
                    add(new Paragraph("The draft has no problems. Submitting freezes it until the review ends."));
                } else {
                    add(new Paragraph("Fix " + (workspace.problems().size() == 1 ? "this problem" : "these "
                            + Counts.of(workspace.problems().size(), "problem")) + " under Files before submitting:"));
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
                add(new Paragraph("Submitted " + Dates.format(draft.submittedAt()) + " with content hash "
                        + draft.submittedHash().substring(0, 12) + "… Approving publishes exactly that content."));
                if (workspace.whyNotReviewer().isPresent()) {
                    add(new Paragraph(workspace.whyNotReviewer().get()));
                } else {
                    Button approve = new Button("Approve and publish", e -> {
                        PublishedVersion version = drafts.approve(id, comment.getValue());
                        Notification.show("Published version " + version.label() + ".");
                        reload.run();
                    });
                    approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
                    Button changes = new Button("Request changes", e -> {
                        drafts.requestChanges(id, comment.getValue());
                        reload.run();
                    });
                    add(comment, new HorizontalLayout(approve, changes));
                }
                add(new HorizontalLayout(new Button("Withdraw from review", e -> {
                    drafts.withdraw(id);
                    reload.run();
                }), discard(drafts, workspace, reload)));
            }
            case PUBLISHED -> add(new Paragraph("Published " + Dates.format(draft.closedAt())
                    + ". Start a new draft of the course to change it again."));
            case DISCARDED -> add(new Paragraph("Discarded " + Dates.format(draft.closedAt()) + "."));
        }
        add(new H3("Comments"));
        Div list = new Div();
        drafts.comments(id).forEach(c -> {
            Paragraph p = new Paragraph(c.authorName() + ", " + Dates.format(c.createdAt())
                    + (c.path() == null ? "" : " on " + c.path()) + ": " + c.body());
            p.addClassName("draft-comment");
            list.add(p);
        });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph("No comments yet."));
        }
        add(list);
        if (draft.state() == State.EDITING || draft.state() == State.IN_REVIEW) {
            TextArea note = new TextArea("Add a comment");
            note.setWidthFull();
            note.setMaxLength(4000);
            add(note, new Button("Comment", e -> {
                drafts.comment(id, null, note.getValue());
                reload.run();
            }));
        }
    }

    /** Discarding cannot be undone, so it asks first and says what goes. */
    private static Button discard(Drafts drafts, Drafts.Workspace workspace, Runnable reload) {
        long id = workspace.draft().id();
        Button discard = new Button("Discard the draft", e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader("Discard draft #" + id + "?");
            confirm.setText("Every change in its " + Counts.of(workspace.files().size(), "file") + " since "
                    + (workspace.baseLabel() == null ? "the course was started" : "version " + workspace.baseLabel())
                    + " is lost to the course: the draft can no longer be edited, submitted or published. "
                    + "Download it as a ZIP first to keep a copy. This cannot be undone.");
            confirm.setCancelable(true);
            confirm.setCancelText("Keep the draft");
            confirm.setConfirmText("Discard the draft");
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
