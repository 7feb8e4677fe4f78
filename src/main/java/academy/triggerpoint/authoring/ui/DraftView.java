package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.VersionChanges;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.authoring.domain.DraftRecords.State;
import academy.triggerpoint.shared.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * One draft: its files with the editors and the validator's problems, its review (submit, approve,
 * request changes, comments), what changed against the version it started from, and its history.
 */
@Route("authoring/drafts/:draftId")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class DraftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Drafts drafts;
    private final VersionChanges changes;
    private long draftId;
    private int selectedTab;

    public DraftView(Drafts drafts, VersionChanges changes) {
        this.drafts = drafts;
        this.changes = changes;
        setWidthFull();
    }

    static RouteParameters parameters(long draftId) {
        return new RouteParameters("draftId", String.valueOf(draftId));
    }

    static Span stateBadge(State state) {
        Span badge = new Span(I18NProvider.translate(switch (state) {
            case EDITING -> "authoring.draft.state.editing";
            case IN_REVIEW -> "authoring.draft.state.in-review";
            case PUBLISHED -> "authoring.draft.state.published";
            case DISCARDED -> "authoring.draft.state.discarded";
        }));
        badge.addClassNames("status-badge", switch (state) {
            case EDITING -> "status-in-progress";
            case IN_REVIEW -> "status-expiring-30";
            case PUBLISHED -> "status-achieved";
            case DISCARDED -> "status-not-started";
        });
        return badge;
    }

    /** Downloads of each module's item bank and quiz as QTI 3.0 packages, for other learning systems. */
    private com.vaadin.flow.component.details.Details qtiExports(Drafts.Workspace workspace) {
        Div links = new Div();
        links.addClassName("qti-exports");
        workspace.files().stream().map(DraftRecords.FileRow::path).filter(p -> p.matches("modules/[^/]+/module\\.yaml"))
                .map(p -> p.split("/")[1]).forEach(module -> {
                    for (boolean quiz : new boolean[] {false, true}) {
                        Anchor link = new Anchor("draft-archives/" + draftId + "/qti/" + module + (quiz ? "-quiz" : "-bank") + ".zip",
                                getTranslation(quiz ? "authoring.draft.qti.quiz" : "authoring.draft.qti.bank", module));
                        link.getElement().setAttribute("download", true);
                        link.getElement().setAttribute("router-ignore", true);
                        links.add(new Div(link));
                    }
                });
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                getTranslation("authoring.draft.qti.summary"), new Paragraph(getTranslation("authoring.draft.qti.help")), links);
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.draft.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = event.getRouteParameters().getLong("draftId")
                .orElseThrow(() -> new NotFoundException("There is no such draft."));
        selectedTab = 0;
        render();
    }

    /** Builds the page again from the service (after a state change such as submitting). */
    void render() {
        removeAll();
        Drafts.Workspace workspace = drafts.workspace(draftId);
        DraftRecords.Draft draft = workspace.draft();
        Anchor zip = new Anchor("draft-archives/" + draftId + ".zip", getTranslation("authoring.draft.download"));
        zip.getElement().setAttribute("download", true);
        zip.getElement().setAttribute("router-ignore", true);
        Button preview = new Button(getTranslation("authoring.draft.preview"), e -> UI.getCurrent().navigate(DraftPreviewView.class,
                parameters(draftId)));
        HorizontalLayout actions = new HorizontalLayout(stateBadge(draft.state()), preview, zip);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        String started = Dates.format(draft.createdAt(), getLocale());
        add(new H1(getTranslation("authoring.draft.title", draftId, draft.courseId())),
                new Paragraph(workspace.baseLabel() == null
                        ? getTranslation("authoring.draft.started-new", draft.createdByName(), started)
                        : getTranslation("authoring.draft.started-from", workspace.baseLabel(), draft.createdByName(), started)),
                actions, qtiExports(workspace));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        // Review, Changes and History are built from the service each time their tab is chosen:
        // saves in the Files tab do not rebuild the page, so anything built at load would go stale.
        Div review = new Div();
        Div changed = new Div();
        Div events = new Div();
        review.setWidthFull();
        changed.setWidthFull();
        events.setWidthFull();
        tabs.add(getTranslation("authoring.draft.tab.files"), new DraftFilesPanel(drafts, workspace, this::render));
        Tab reviewTab = tabs.add(getTranslation("authoring.draft.tab.review"), review);
        Tab changesTab = tabs.add(getTranslation("authoring.draft.tab.changes"), changed);
        Tab historyTab = tabs.add(getTranslation("authoring.draft.tab.history"), events);
        tabs.addSelectedChangeListener(e -> {
            selectedTab = tabs.getSelectedIndex();
            if (e.getSelectedTab() == reviewTab) {
                review.removeAll();
                review.add(new DraftReviewPanel(drafts, changes, drafts.workspace(draftId), this::render));
            } else if (e.getSelectedTab() == changesTab) {
                changed.removeAll();
                changed.add(new ChangesPanel(changes.ofDraft(draftId)));
            } else if (e.getSelectedTab() == historyTab) {
                events.removeAll();
                events.add(history(drafts.history(draftId)));
            }
        });
        add(tabs);
        // After an action such as submitting rebuilds the page, the author stays on the tab they were on.
        tabs.setSelectedIndex(selectedTab);
    }

    private Grid<DraftRecords.EventRow> history(java.util.List<DraftRecords.EventRow> events) {
        Grid<DraftRecords.EventRow> grid = new Grid<>();
        grid.addColumn(e -> Dates.format(e.occurredAt(), getLocale())).setHeader(getTranslation("authoring.draft.history.when"))
                .setAutoWidth(true);
        grid.addColumn(DraftRecords.EventRow::actorName).setHeader(getTranslation("authoring.draft.history.who")).setAutoWidth(true);
        grid.addColumn(e -> action(e.action())).setHeader(getTranslation("authoring.draft.history.what")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("authoring.draft.history.detail"))
                .setFlexGrow(1);
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The recorded action (a code such as {@code changes-requested}) in the reader's language. */
    private String action(String action) {
        return switch (action) {
            case "created" -> getTranslation("authoring.draft.action.created");
            case "imported" -> getTranslation("authoring.draft.action.imported");
            case "edited" -> getTranslation("authoring.draft.action.edited");
            case "added" -> getTranslation("authoring.draft.action.added");
            case "deleted" -> getTranslation("authoring.draft.action.deleted");
            case "imported-questions" -> getTranslation("authoring.draft.action.imported-questions");
            case "submitted" -> getTranslation("authoring.draft.action.submitted");
            case "withdrawn" -> getTranslation("authoring.draft.action.withdrawn");
            case "changes-requested" -> getTranslation("authoring.draft.action.changes-requested");
            case "approved" -> getTranslation("authoring.draft.action.approved");
            case "published" -> getTranslation("authoring.draft.action.published");
            case "discarded" -> getTranslation("authoring.draft.action.discarded");
            default -> action;
        };
    }
}
