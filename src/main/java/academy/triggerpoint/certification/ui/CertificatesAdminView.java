package academy.triggerpoint.certification.ui;

import academy.triggerpoint.certification.CertificateAdministration;
import academy.triggerpoint.certification.CertificateRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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

    public CertificatesAdminView(CertificateAdministration administration) {
        this.administration = administration;
        search.setWidth("24rem");
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        grid.addColumn(CertificateRecord::learnerName).setHeader("Learner").setFlexGrow(2);
        grid.addColumn(CertificateRecord::courseTitle).setHeader("Course").setFlexGrow(2);
        grid.addColumn(c -> MyCertificatesView.DATE.format(c.issuedAt())).setHeader("Issued");
        grid.addColumn(c -> c.expiresAt() == null ? "No expiry" : MyCertificatesView.DATE.format(c.expiresAt()))
                .setHeader("Valid until");
        grid.addColumn(c -> MyCertificatesView.status(c.status())
                + (c.revokedReason() == null ? "" : ": " + c.revokedReason())).setHeader("Status").setFlexGrow(2);
        grid.addColumn(CertificateRecord::code).setHeader("Code").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(new H1("Certificates"), search, message, grid);
        refresh();
    }

    private HorizontalLayout actions(CertificateRecord certificate) {
        if (!certificate.status().equals("VALID")) {
            return new HorizontalLayout();
        }
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
        return new HorizontalLayout(revoke, reissue);
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
