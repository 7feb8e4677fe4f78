package academy.triggerpoint.certification.ui;

import academy.triggerpoint.certification.BatchProgress;
import academy.triggerpoint.certification.CertificateAdministration;
import academy.triggerpoint.certification.CertificateBatches;
import academy.triggerpoint.certification.CertificateRecord;
import academy.triggerpoint.certification.PendingCertificate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For administrators: find certificates by learner, course or code; revoke one with a reason, or
 * reissue one after the learner's name was corrected. Both are audit-logged by the service.
 */
@Route("admin/certificates")
@PageTitle("Certificates · Trigger Point Academy")
@Menu(title = "Certificates", order = 93, icon = "vaadin:diploma-scroll")
@RolesAllowed("ADMIN")
public class CertificatesAdminView extends VerticalLayout {

    private final CertificateAdministration administration;
    private final TextField search = new TextField("Learner, course or code");
    private final Grid<CertificateRecord> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    private final CertificateBatches batches;
    private final ProgressBar batchBar = new ProgressBar();
    private final Span batchText = new Span();

    public CertificatesAdminView(CertificateAdministration administration, CertificateBatches batches) {
        this.administration = administration;
        this.batches = batches;
        search.setWidthFull();
        search.setMaxWidth("24rem");
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        // Stacked, wrapping cells: the code and a revocation reason are shown whole at any width.
        grid.addComponentColumn(CertificatesAdminView::certificate).setHeader("Certificate").setKey("certificate")
                .setFlexGrow(3);
        grid.addComponentColumn(this::standing).setHeader("Status").setKey("status").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("certificates-admin");
        grid.setAllRowsVisible(true);
        add(new H1("Certificates"), search, message, grid, pendingSection(), regeneration());
        refresh();
    }

    /** Completions whose certificate could not be drawn, with the reason, and a way to try again. */
    private VerticalLayout pendingSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        var pending = administration.pending();
        if (pending.isEmpty()) {
            return section;
        }
        Grid<PendingCertificate> waiting = new Grid<>();
        waiting.addColumn(PendingCertificate::learnerName).setHeader("Learner").setFlexGrow(1);
        waiting.addColumn(PendingCertificate::courseTitle).setHeader("Course").setFlexGrow(1);
        waiting.addColumn(PendingCertificate::reason).setHeader("Why it is pending").setFlexGrow(3);
        waiting.addComponentColumn(p -> new Button("Try again", e -> {
            boolean issued = administration.tryAgain(p.issueKey());
            message.setText(issued ? "Issued the certificate of " + p.learnerName() + " for " + p.courseTitle() + "."
                    : "Still pending: " + administration.pending().stream().filter(x -> x.issueKey().equals(p.issueKey()))
                            .map(PendingCertificate::reason).findFirst().orElse(""));
            waiting.setItems(administration.pending());
            refresh();
        })).setHeader("").setAutoWidth(true).setFlexGrow(0);
        waiting.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        waiting.setAllRowsVisible(true);
        waiting.setItems(pending);
        section.add(new H2("Pending certificates"), new Paragraph("These courses were completed but their certificate could "
                + "not be drawn. The learner sees the same reason under My certificates; correcting the name in their "
                + "profile tries again automatically."), waiting);
        return section;
    }

    /**
     * Re-signing a cohort (for example after the signing key changed), with progress polled while it
     * runs. Codes, names and dates stay; earlier downloads still verify.
     */
    private VerticalLayout regeneration() {
        Select<String> scope = new Select<>();
        scope.setLabel("Course");
        java.util.Map<String, String> courses = batches.courses();
        scope.setItems(courses.keySet());
        scope.setItemLabelGenerator(id -> id == null ? "All courses" : courses.get(id));
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption("All courses");
        Button start = new Button("Regenerate…", e -> confirmRegeneration(scope.getValue()));
        HorizontalLayout form = new HorizontalLayout(scope, start);
        form.setAlignItems(Alignment.BASELINE);
        form.addClassName("wrap-row");
        batchBar.setWidthFull();
        batchBar.setMaxWidth("24rem");
        batchBar.setVisible(false);
        batchText.getElement().setAttribute("aria-live", "polite");
        batches.progress().ifPresent(this::showProgress);
        addAttachListener(attach -> {
            var ui = attach.getUI();
            var polling = ui.addPollListener(poll -> batches.progress().ifPresent(p -> {
                showProgress(p);
                if (!p.running()) {
                    ui.setPollInterval(-1);
                }
            }));
            batches.progress().filter(BatchProgress::running).ifPresent(p -> ui.setPollInterval(500));
            addDetachListener(detach -> {
                polling.remove();
                detach.getUI().setPollInterval(-1);
            });
        });
        VerticalLayout section = new VerticalLayout(new H2("Sign certificates again"),
                new Paragraph("After the signing key changed, render and sign every valid certificate of a course again. "
                        + "Codes, names and dates stay the same; copies downloaded earlier still verify."),
                form, batchBar, batchText);
        section.setPadding(false);
        return section;
    }

    private void confirmRegeneration(String courseId) {
        int count = batches.countValid(courseId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Sign " + count + " certificate" + (count == 1 ? "" : "s") + " again?");
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button confirm = new Button("Start", e -> {
            dialog.close();
            showProgress(batches.start(courseId));
            getUI().ifPresent(ui -> ui.setPollInterval(500));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void showProgress(BatchProgress p) {
        batchBar.setVisible(true);
        batchBar.setValue(p.fraction());
        batchText.setText((p.running() ? "Signing again (" + p.scope() + "): " : "Finished (" + p.scope() + "): ")
                + p.done() + " of " + p.total() + " done" + (p.failed() == 0 ? "" : ", " + p.failed() + " failed (run it again)")
                + (p.running() ? "…" : "."));
    }

    private static Div certificate(CertificateRecord c) {
        Span learner = new Span(c.learnerName());
        learner.addClassName("cell-title");
        Span code = new Span(c.code());
        code.addClassName("certificate-code");
        Div cell = new Div(learner, new Span(c.courseTitle()), code);
        cell.addClassName("stacked-cell");
        return cell;
    }

    /** Status, reason and dates, with what an administrator may do about a valid certificate beneath. */
    private Div standing(CertificateRecord c) {
        Span status = new Span(MyCertificatesView.status(c.status()));
        status.addClassName("cell-title");
        Div cell = new Div(status);
        if (c.revokedReason() != null) {
            cell.add(new Span("Reason: " + c.revokedReason()));
        }
        Span dates = new Span("Issued " + MyCertificatesView.DATE.format(c.issuedAt()) + " · " + (c.expiresAt() == null
                ? "no expiry" : "valid until " + MyCertificatesView.DATE.format(c.expiresAt())));
        dates.addClassName("muted");
        cell.add(dates);
        if (c.status().equals("VALID")) {
            cell.add(actions(c));
        }
        cell.addClassName("stacked-cell");
        return cell;
    }

    private HorizontalLayout actions(CertificateRecord certificate) {
        Button revoke = new Button("Revoke…", e -> confirmRevoke(certificate));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button reissue = new Button("Reissue", e -> {
            CertificateRecord replacement = administration.reissue(certificate.code());
            message.setText("Reissued as " + replacement.code() + " for " + replacement.learnerName()
                    + "; " + certificate.code() + " now verifies as replaced.");
            refresh();
        });
        reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reissue.setTooltipText("After a name correction: the learner's current name is printed on a new certificate");
        HorizontalLayout actions = new HorizontalLayout(revoke, reissue);
        actions.addClassName("wrap-row");
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    private void confirmRevoke(CertificateRecord certificate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Revoke certificate " + certificate.code() + "?");
        TextArea reason = new TextArea("Reason (kept in the audit trail, not shown publicly)");
        reason.setWidthFull();
        dialog.add(new Paragraph(certificate.learnerName() + " · " + certificate.courseTitle()), reason);
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button confirm = new Button("Revoke", e -> {
            administration.revoke(certificate.code(), reason.getValue());
            dialog.close();
            message.setText("Revoked " + certificate.code() + ".");
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(administration.search(search.getValue()));
    }
}
