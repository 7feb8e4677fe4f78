package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.catalog.content.VersionDiff;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What changed between two versions, as a reviewer reads it: items first (text, key, scoring,
 * feedback, metadata), then every changed file with its changed lines.
 */
class ChangesPanel extends VerticalLayout {

    ChangesPanel(VersionDiff.Diff diff) {
        setPadding(false);
        addClassName("draft-changes");
        if (diff.isEmpty()) {
            add(new Paragraph(getTranslation("authoring.changes.none")));
            return;
        }
        if (!diff.items().isEmpty()) {
            Grid<VersionDiff.ItemChange> items = new Grid<>();
            // The detail is what a reviewer reads: it wraps rather than being cut off.
            items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            items.addColumn(VersionDiff.ItemChange::itemId).setHeader(getTranslation("authoring.changes.column.item"))
                    .setWidth("12em").setFlexGrow(1);
            items.addColumn(c -> status(c.status())).setHeader(getTranslation("authoring.changes.column.change"))
                    .setAutoWidth(true).setFlexGrow(0);
            items.addColumn(c -> String.join(", ", c.aspects())).setHeader(getTranslation("authoring.changes.column.what"))
                    .setWidth("8em").setFlexGrow(1);
            items.addColumn(VersionDiff.ItemChange::summary).setHeader(getTranslation("authoring.changes.column.detail"))
                    .setWidth("16em").setFlexGrow(4);
            items.setItems(diff.items());
            items.setAllRowsVisible(true);
            add(new H3(getTranslation("authoring.changes.items", diff.items().size())), items);
        }
        add(new H3(getTranslation("authoring.changes.files", diff.files().size())));
        for (VersionDiff.FileChange file : diff.files()) {
            Div body = new Div();
            if (!file.text()) {
                body.add(new Paragraph(getTranslation("authoring.changes.binary", status(file.status()))));
            }
            for (VersionDiff.LineChange change : file.lines()) {
                Pre block = new Pre(change.asText());
                block.addClassName("diff-block");
                int line = change.newLine() > 0 ? change.newLine() : change.oldLine();
                boolean moved = change.oldLine() > 0 && change.newLine() > 0 && change.oldLine() != change.newLine();
                body.add(new Paragraph(moved
                        ? getTranslation("authoring.changes.line-moved", status(change.kind()), line, change.oldLine())
                        : getTranslation("authoring.changes.line", status(change.kind()), line)), block);
            }
            Details details = new Details(file.path() + " (" + status(file.status()) + ")", body);
            details.setOpened(diff.files().size() <= 5);
            add(details);
        }
    }

    /** The diff's {@code added}, {@code removed} or {@code changed} in the reader's language. */
    private String status(String status) {
        return switch (status) {
            case "added" -> getTranslation("authoring.changes.status.added");
            case "removed" -> getTranslation("authoring.changes.status.removed");
            case "changed" -> getTranslation("authoring.changes.status.changed");
            default -> status;
        };
    }
}
