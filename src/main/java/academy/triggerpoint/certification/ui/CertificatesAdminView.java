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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For administrators: find certificates by learner, course or code; revoke one with a reason, or
 * reissue one after the learner's name was corrected. Both are audit-logged by the service.
 */
@Route("admin/certificates")
@Menu(title = "certification.menu.certificates", order = 93, icon = "vaadin:diploma-scroll")
@RolesAllowed("ADMIN")
public class CertificatesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateAdministration administration;
    private final TextField search = new TextField(getTranslation("certification.admin.search"));
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
        grid.addComponentColumn(CertificatesAdminView::certificate)
                .setHeader(getTranslation("certification.admin.column.certificate")).setKey("certificate").setFlexGrow(3);
        grid.addComponentColumn(this::standing).setHeader(getTranslation("certification.admin.column.status")).setKey("status")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("certificates-admin");
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("certification.admin.title")), search, message, grid, pendingSection(), regeneration());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.admin.page-title");
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
        waiting.addColumn(PendingCertificate::learnerName).setHeader(getTranslation("certification.admin.pending.column.learner"))
                .setFlexGrow(1);
        waiting.addColumn(PendingCertificate::courseTitle).setHeader(getTranslation("certification.admin.course")).setFlexGrow(1);
        waiting.addColumn(PendingCertificate::reason).setHeader(getTranslation("certification.admin.pending.column.reason"))
                .setFlexGrow(3);
        waiting.addComponentColumn(p -> new Button(getTranslation("certification.admin.pending.try-again"), e -> {
            boolean issued = administration.tryAgain(p.issueKey());
            message.setText(issued ? getTranslation("certification.admin.pending.issued", p.learnerName(), p.courseTitle())
                    : getTranslation("certification.admin.pending.still-pending", administration.pending().stream()
                            .filter(x -> x.issueKey().equals(p.issueKey())).map(PendingCertificate::reason).findFirst()
                            .orElse("")));
            waiting.setItems(administration.pending());
            refresh();
        })).setHeader("").setAutoWidth(true).setFlexGrow(0);
        waiting.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        waiting.setAllRowsVisible(true);
        waiting.setItems(pending);
        section.add(new H2(getTranslation("certification.admin.pending.title")),
                new Paragraph(getTranslation("certification.admin.pending.intro")), waiting);
        return section;
    }

    /**
     * Re-signing a cohort (for example after the signing key changed), with progress polled while it
     * runs. Codes, names and dates stay; earlier downloads still verify.
     */
    private VerticalLayout regeneration() {
        Select<String> scope = new Select<>();
        scope.setLabel(getTranslation("certification.admin.course"));
        java.util.Map<String, String> courses = batches.courses();
        scope.setItems(courses.keySet());
        String allCourses = getTranslation("certification.admin.regenerate.all-courses");
        scope.setItemLabelGenerator(id -> id == null ? allCourses : courses.get(id));
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(allCourses);
        Button start = new Button(getTranslation("certification.admin.regenerate"), e -> confirmRegeneration(scope.getValue()));
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
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("certification.admin.regenerate.title")),
                new Paragraph(getTranslation("certification.admin.regenerate.intro")), form, batchBar, batchText);
        section.setPadding(false);
        return section;
    }

    private void confirmRegeneration(String courseId) {
        int count = batches.countValid(courseId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("certification.admin.regenerate.confirm", count));
        Button cancel = new Button(getTranslation("certification.admin.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("certification.admin.regenerate.start"), e -> {
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
        String key;
        if (p.running()) {
            key = p.failed() == 0 ? "certification.admin.regenerate.running"
                    : "certification.admin.regenerate.running-with-failures";
        } else {
            key = p.failed() == 0 ? "certification.admin.regenerate.finished"
                    : "certification.admin.regenerate.finished-with-failures";
        }
        batchText.setText(getTranslation(key, p.scope(), p.done(), p.total(), p.failed()));
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
        Span status = new Span(MyCertificatesView.status(c.status(), getLocale()));
        status.addClassName("cell-title");
        Div cell = new Div(status);
        if (c.revokedReason() != null) {
            cell.add(new Span(getTranslation("certification.admin.reason", c.revokedReason())));
        }
        String issued = MyCertificatesView.date(c.issuedAt(), getLocale());
        Span dates = new Span(c.expiresAt() == null ? getTranslation("certification.admin.issued-no-expiry", issued)
                : getTranslation("certification.admin.issued-valid-until", issued,
                        MyCertificatesView.date(c.expiresAt(), getLocale())));
        dates.addClassName("muted");
        cell.add(dates);
        if (c.status().equals("VALID")) {
            cell.add(actions(c));
        }
        cell.addClassName("stacked-cell");
        return cell;
    }

    private HorizontalLayout actions(CertificateRecord certificate) {
        Button revoke = new Button(getTranslation("certification.admin.revoke"), e -> confirmRevoke(certificate));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button reissue = new Button(getTranslation("certification.admin.reissue"), e -> {
            CertificateRecord replacement = administration.reissue(certificate.code());
            message.setText(getTranslation("certification.admin.reissued", replacement.code(), replacement.learnerName(),
                    certificate.code()));
            refresh();
        });
        reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reissue.setTooltipText(getTranslation("certification.admin.reissue.tooltip"));
        HorizontalLayout actions = new HorizontalLayout(revoke, reissue);
        actions.addClassName("wrap-row");
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    private void confirmRevoke(CertificateRecord certificate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("certification.admin.revoke.confirm", certificate.code()));
        TextArea reason = new TextArea(getTranslation("certification.admin.revoke.reason"));
        reason.setWidthFull();
        dialog.add(new Paragraph(certificate.learnerName() + " · " + certificate.courseTitle()), reason);
        Button cancel = new Button(getTranslation("certification.admin.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("certification.admin.revoke.start"), e -> {
            administration.revoke(certificate.code(), reason.getValue());
            dialog.close();
            message.setText(getTranslation("certification.admin.revoked", certificate.code()));
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
