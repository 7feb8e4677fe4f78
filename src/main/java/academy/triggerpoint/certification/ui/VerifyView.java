package academy.triggerpoint.certification.ui;

import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.SigningIdentity;
import academy.triggerpoint.certification.Verification;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.format.DateTimeFormatter;

/**
 * Public certificate verification, no sign-in: the QR code on a certificate opens it. It shows the
 * status and only the name, course, dates and hours; an unknown code reveals nothing else.
 */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("Verify a certificate · Trigger Point Academy")
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final CertificateService certificates;
    private final TextField code = new TextField("Certificate code");
    private final Div result = new Div();
    private final Div uploadResult = new Div();
    private static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private String address;

    public VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("lesson-page", "verify-page");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX");
        code.setWidth("26rem");
        address = clientAddress();
        Button check = new Button("Verify", e -> show(certificates.verify(code.getValue(), clientAddress())));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                showUpload(certificates.matchUpload(bytes, address))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a certificate PDF here to check that it is "
                + "exactly the file we issued"));
        SigningIdentity signing = certificates.signingIdentity();
        Paragraph signer = new Paragraph("Every certificate PDF is digitally signed by “" + signing.subject()
                + "”. SHA-256 fingerprint of the signing certificate: " + signing.sha256Fingerprint());
        signer.addClassName("facts");
        add(new Paragraph("Trigger Point Academy"), new H1("Verify a certificate"),
                new Paragraph("Enter the code printed on the certificate, or scan its QR code."), form, result,
                new H2("Check a certificate file"), upload, uploadResult, signer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            show(certificates.verify(typed, clientAddress()));
        });
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void showUpload(Verification v) {
        uploadResult.removeAll();
        Div box = new Div();
        box.addClassName("outcome");
        if (v.status().equals("NOT_FOUND") || v.status().equals("RATE_LIMITED")) {
            box.addClassName("failed-critical");
            box.add(VaadinIcon.CLOSE_CIRCLE.create(), new H2(v.status().equals("RATE_LIMITED") ? "Too many checks"
                    : "This file does not match any certificate we issued"),
                    new Paragraph(v.status().equals("RATE_LIMITED") ? "Wait a minute and try again."
                            : "It may have been altered, or it was not issued by us. Check the code printed on it above."));
        } else {
            box.addClassName("passed");
            box.add(VaadinIcon.CHECK_CIRCLE.create(), new H2("This is the authentic, unaltered certificate " + v.code()),
                    new Paragraph("Its current status is shown above."));
        }
        uploadResult.add(box);
        if (!v.status().equals("NOT_FOUND") && !v.status().equals("RATE_LIMITED")) {
            show(v);
        }
    }

    private void show(Verification v) {
        result.removeAll();
        Div box = new Div();
        box.addClassName("outcome");
        switch (v.status()) {
            case "RATE_LIMITED" -> {
                box.addClassName("failed");
                box.add(VaadinIcon.HAND.create(), new H2("Too many checks"),
                        new Paragraph("Too many certificates were checked from your network in the last minute. "
                                + "Wait a minute and try again."));
                result.add(box);
                return;
            }
            case "NOT_FOUND" -> {
                box.addClassName("failed");
                box.add(VaadinIcon.QUESTION_CIRCLE.create(), new H2("No certificate found"),
                        new Paragraph("We issued no certificate with this code. Check the code and try again."));
                result.add(box);
                return;
            }
            case "VALID" -> {
                box.addClassName("passed");
                box.add(VaadinIcon.CHECK_CIRCLE.create(), new H2("Valid certificate"));
            }
            case "EXPIRED" -> {
                box.addClassName("failed");
                box.add(VaadinIcon.CLOCK.create(), new H2("Expired certificate"),
                        new Paragraph("This certificate was valid until " + DATE.format(v.expiresOn()) + "."));
            }
            case "REVOKED" -> {
                box.addClassName("failed-critical");
                box.add(VaadinIcon.BAN.create(), new H2("Revoked certificate"),
                        new Paragraph("This certificate was revoked on " + DATE.format(v.revokedOn()) + "."));
            }
            default -> {
                box.addClassName("failed");
                box.add(VaadinIcon.REFRESH.create(), new H2("Replaced certificate"),
                        new Paragraph("A corrected certificate replaced this one."));
            }
        }
        box.add(new Paragraph(v.learnerName() + " completed “" + v.courseTitle() + "” (version " + v.courseVersion()
                        + ") on " + DATE.format(v.completedOn()) + ": " + Counts.of(v.ceHours(), "CE contact hour") + "."),
                new Paragraph("Certificate " + v.code() + ", issued " + DATE.format(v.issuedOn())
                        + (v.expiresOn() == null ? ", does not expire." : ", valid until " + DATE.format(v.expiresOn()) + ".")));
        result.add(box);
    }
}
