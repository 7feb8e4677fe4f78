package academy.triggerpoint.certification.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.shared.ui.ClientAddress;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
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
    /** The one verdict on the page: about the code typed, or about the file uploaded, never both. */
    private final Div verdict = new Div();
    private final Upload upload;
    private static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private String address;
    /** The last code checked by typing it, to set against a file that turns out not to be ours. */
    private Verification checkedCode;
    private int uploadsStarted;
    private int uploadsAnswered;

    public VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("lesson-page", "verify-page");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX");
        code.addClassName("verify-code");
        address = ClientAddress.current();
        Button check = new Button("Verify", e -> checkCode(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.addClassNames("wrap-row", "verify-form");
        upload = BoundedUpload.of(MAX_UPLOAD_BYTES, (metadata, bytes) -> showFile(certificates.matchUpload(bytes, address),
                metadata.fileName()));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a certificate PDF here to check that it is "
                + "exactly the file we issued"));
        // The browser reports the start of an upload at once; the verdict on the previous file or
        // code goes then, so it never stands beside a file it is not about. If the answer for this
        // file came back first, the late start report leaves it alone.
        upload.getElement().addEventListener("upload-start", e -> {
            uploadsStarted++;
            if (uploadsStarted > uploadsAnswered) {
                verdict.removeAll();
                verdict.add(new Paragraph("Checking the file…"));
            }
        });
        upload.addFileRemovedListener(e -> verdict.removeAll());
        verdict.addClassName("verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        SigningIdentity signing = certificates.signingIdentity();
        Paragraph signer = new Paragraph("Every certificate PDF is digitally signed by “" + signing.subject()
                + "”. SHA-256 fingerprint of the signing certificate: " + signing.sha256Fingerprint());
        signer.addClassNames("facts", "fingerprint");
        add(new Paragraph("Trigger Point Academy"), new H1("Verify a certificate"),
                new Paragraph("Enter the code printed on the certificate, or scan its QR code."), form, verdict,
                new H2("Check a certificate file"), new Paragraph("The verdict above then covers the file: whether it is "
                        + "exactly the one we issued, and its certificate's status."), upload, signer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            checkCode(typed);
        });
    }

    private void checkCode(String typed) {
        upload.clearFileList();
        checkedCode = certificates.verify(typed, ClientAddress.current());
        verdict.removeAll();
        verdict.add(statusBox(checkedCode, null));
    }

    /**
     * A file we issued gets the verdict of its certificate (its status, and that the file is the
     * issued one); a file we did not issue gets a red verdict only, naming what the code typed
     * earlier belongs to, so the reader can compare without a green "valid" beside it.
     */
    private void showFile(Verification v, String fileName) {
        uploadsAnswered++;
        // The verdict names the file, and the list is emptied so the next file can be dropped at once
        // (the upload takes one file at a time).
        upload.clearFileList();
        verdict.removeAll();
        switch (v.status()) {
            case "RATE_LIMITED" -> verdict.add(statusBox(v, null));
            case "NOT_FOUND" -> {
                Div box = box("failed-critical", VaadinIcon.CLOSE_CIRCLE, "This file is not a certificate we issued");
                box.add(new Paragraph("It may have been altered, or it did not come from us. Do not rely on it."));
                if (checkedCode != null && checkedCode.code() != null) {
                    box.add(new Paragraph("The code you checked, " + checkedCode.code() + ", belongs to a certificate of "
                            + checkedCode.learnerName() + " for “" + checkedCode.courseTitle() + "” ("
                            + statusWords(checkedCode) + "), but this file is not the one we issued for it."));
                }
                box.add(checkedFile(fileName));
                verdict.add(box);
            }
            default -> {
                checkedCode = null;
                code.setValue(v.code());
                Div box = statusBox(v, "The uploaded file is exactly the one we issued for this certificate: "
                        + "nothing in it was changed.");
                box.add(checkedFile(fileName));
                verdict.add(box);
            }
        }
    }

    private static Paragraph checkedFile(String fileName) {
        Paragraph file = new Paragraph("File checked: " + fileName);
        file.addClassName("facts");
        return file;
    }

    private static String statusWords(Verification v) {
        return switch (v.status()) {
            case "VALID" -> "valid";
            case "EXPIRED" -> "expired";
            case "REVOKED" -> "revoked";
            default -> "replaced by a corrected certificate";
        };
    }

    private static Div box(String style, VaadinIcon icon, String heading) {
        Div box = new Div();
        box.addClassNames("outcome", style);
        box.add(icon.create(), new H2(heading));
        return box;
    }

    /** The verdict on one certificate; {@code aboutTheFile} adds that an uploaded file is the issued one. */
    private static Div statusBox(Verification v, String aboutTheFile) {
        Div box;
        switch (v.status()) {
            case "RATE_LIMITED" -> {
                box = box("failed", VaadinIcon.HAND, "Too many checks");
                box.add(new Paragraph("Too many certificates were checked from your network in the last minute. "
                        + "Wait a minute and try again."));
                return box;
            }
            case "NOT_FOUND" -> {
                box = box("failed", VaadinIcon.QUESTION_CIRCLE, "No certificate found");
                box.add(new Paragraph("We issued no certificate with this code. Check the code and try again."));
                return box;
            }
            case "VALID" -> box = box("passed", VaadinIcon.CHECK_CIRCLE, "Valid certificate");
            case "EXPIRED" -> {
                box = box("failed", VaadinIcon.CLOCK, "Expired certificate");
                box.add(new Paragraph("This certificate was valid until " + DATE.format(v.expiresOn()) + "."));
            }
            case "REVOKED" -> {
                box = box("failed-critical", VaadinIcon.BAN, "Revoked certificate");
                box.add(new Paragraph("This certificate was revoked on " + DATE.format(v.revokedOn()) + "."));
            }
            default -> {
                box = box("failed", VaadinIcon.REFRESH, "Replaced certificate");
                box.add(new Paragraph("A corrected certificate replaced this one."));
            }
        }
        if (aboutTheFile != null) {
            Paragraph file = new Paragraph(aboutTheFile);
            file.addClassName("about-the-file");
            box.add(file);
        }
        box.add(new Paragraph(v.learnerName() + " completed “" + v.courseTitle() + "” (version " + v.courseVersion()
                        + ") on " + DATE.format(v.completedOn()) + ": " + Counts.of(v.ceHours(), "CE contact hour") + "."),
                new Paragraph("Certificate " + v.code() + ", issued " + DATE.format(v.issuedOn())
                        + (v.expiresOn() == null ? ", does not expire." : ", valid until " + DATE.format(v.expiresOn()) + ".")));
        return box;
    }
}
