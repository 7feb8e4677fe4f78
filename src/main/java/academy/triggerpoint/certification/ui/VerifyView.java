package academy.triggerpoint.certification.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.shared.ui.ClientAddress;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.CredentialCheck;
import academy.triggerpoint.certification.CredentialService;
import academy.triggerpoint.certification.SigningIdentity;
import academy.triggerpoint.certification.Verification;
import academy.triggerpoint.shared.i18n.Languages;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Public certificate verification, no sign-in: the QR code on a certificate opens it. It shows the
 * status and only the name, course, dates and hours; an unknown code reveals nothing else.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService certificates;
    private final TextField code = new TextField(getTranslation("certification.verify.code"));
    /** The one verdict on the page: about the code typed, or about the file uploaded, never both. */
    private final Div verdict = new Div();
    private final Upload upload;
    private static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private String address;
    /** The last code checked by typing it, to set against a file that turns out not to be ours. */
    private Verification checkedCode;
    private int uploadsStarted;
    private int uploadsAnswered;

    private final CredentialService credentials;

    public VerifyView(CertificateService certificates, CredentialService credentials) {
        this.certificates = certificates;
        this.credentials = credentials;
        addClassNames("lesson-page", "verify-page");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX");
        code.addClassName("verify-code");
        address = ClientAddress.current();
        Button check = new Button(getTranslation("certification.verify.check"), e -> checkCode(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.addClassNames("wrap-row", "verify-form");
        upload = BoundedUpload.of(MAX_UPLOAD_BYTES, (metadata, bytes) -> {
            if (isPdf(bytes)) {
                showFile(certificates.matchUpload(bytes, address), metadata.fileName());
            } else {
                showCredential(credentials.verifyUpload(bytes, address), metadata.fileName());
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "application/json", ".json", ".jwt", "image/png", ".png");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("certification.verify.drop")));
        // The browser reports the start of an upload at once; the verdict on the previous file or
        // code goes then, so it never stands beside a file it is not about. If the answer for this
        // file came back first, the late start report leaves it alone.
        upload.getElement().addEventListener("upload-start", e -> {
            uploadsStarted++;
            if (uploadsStarted > uploadsAnswered) {
                verdict.removeAll();
                verdict.add(new Paragraph(getTranslation("certification.verify.checking")));
            }
        });
        upload.addFileRemovedListener(e -> verdict.removeAll());
        verdict.addClassName("verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        SigningIdentity signing = certificates.signingIdentity();
        Paragraph signer = new Paragraph(getTranslation("certification.verify.signer", signing.subject(),
                signing.sha256Fingerprint()));
        signer.addClassNames("facts", "fingerprint");
        add(new Paragraph(getTranslation("shared.brand")), new H1(getTranslation("certification.verify.title")),
                new Paragraph(getTranslation("certification.verify.intro")), form, verdict,
                new H2(getTranslation("certification.verify.file.title")),
                new Paragraph(getTranslation("certification.verify.file.intro")),
                new Paragraph(getTranslation("certification.verify.credential.intro")), upload, signer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.verify.page-title");
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
                Div box = box("failed-critical", VaadinIcon.CLOSE_CIRCLE, getTranslation("certification.verify.foreign-file"));
                box.add(new Paragraph(getTranslation("certification.verify.foreign-file.advice")));
                if (checkedCode != null && checkedCode.code() != null) {
                    box.add(new Paragraph(getTranslation("certification.verify.foreign-file.code", checkedCode.code(),
                            checkedCode.learnerName(), checkedCode.courseTitle(), statusWords(checkedCode))));
                }
                box.add(checkedFile(fileName));
                verdict.add(box);
            }
            default -> {
                checkedCode = null;
                code.setValue(v.code());
                Div box = statusBox(v, getTranslation("certification.verify.issued-file"));
                box.add(checkedFile(fileName));
                verdict.add(box);
            }
        }
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /**
     * The verdict on an uploaded Open Badges credential: green only when it is valid; any other
     * outcome, a status that cannot be read included, is red with its reason.
     */
    private void showCredential(CredentialCheck check, String fileName) {
        uploadsAnswered++;
        upload.clearFileList();
        verdict.removeAll();
        checkedCode = null;
        Div box = switch (check.outcome()) {
            case VALID -> box("passed", VaadinIcon.CHECK_CIRCLE, getTranslation("certification.verify.credential.valid"));
            case REVOKED -> box("failed-critical", VaadinIcon.BAN, getTranslation("certification.verify.credential.revoked"));
            case EXPIRED -> box("failed", VaadinIcon.CLOCK, getTranslation("certification.verify.credential.expired"));
            case NOT_YET_VALID -> box("failed", VaadinIcon.CLOCK, getTranslation("certification.verify.credential.not-yet-valid"));
            case TAMPERED -> box("failed-critical", VaadinIcon.CLOSE_CIRCLE, getTranslation("certification.verify.credential.tampered"));
            case UNKNOWN_ISSUER -> box("failed-critical", VaadinIcon.CLOSE_CIRCLE,
                    getTranslation("certification.verify.credential.unknown-issuer"));
            case STATUS_UNKNOWN -> box("failed", VaadinIcon.QUESTION_CIRCLE,
                    getTranslation("certification.verify.credential.status-unknown"));
            case NOT_A_CREDENTIAL -> box("failed", VaadinIcon.WARNING, getTranslation("certification.verify.credential.not-a-credential"));
            case NO_CREDENTIAL_IN_IMAGE -> box("failed", VaadinIcon.WARNING,
                    getTranslation("certification.verify.credential.no-credential-in-image"));
            case TOO_LARGE -> box("failed", VaadinIcon.WARNING, getTranslation("certification.verify.credential.too-large"));
            case RATE_LIMITED -> box("failed", VaadinIcon.HAND, getTranslation("certification.verify.rate-limited"));
        };
        Paragraph reason = new Paragraph(reason(check));
        reason.addClassName("reason");
        box.add(reason);
        if (check.learnerName() != null || check.achievementName() != null) {
            box.add(new Paragraph(check.validUntil() == null
                    ? getTranslation("certification.verify.credential.about", check.learnerName(), check.achievementName(),
                            check.issuerName(), date(check.validFrom()))
                    : getTranslation("certification.verify.credential.about-until", check.learnerName(),
                            check.achievementName(), check.issuerName(), date(check.validFrom()), date(check.validUntil()))));
        }
        box.add(checkedFile(fileName));
        verdict.add(box);
    }

    private String reason(CredentialCheck check) {
        String argument = check.argument() == null ? "" : check.argument();
        return switch (check.reason()) {
            case SIGNED_IN_DATE_NOT_REVOKED -> getTranslation("certification.verify.credential.reason.valid");
            case REVOKED_IN_STATUS_LIST -> getTranslation("certification.verify.credential.reason.revoked");
            case PAST_VALID_UNTIL -> getTranslation("certification.verify.credential.reason.expired", date(check.validUntil()));
            case BEFORE_VALID_FROM -> getTranslation("certification.verify.credential.reason.not-yet-valid", date(check.validFrom()));
            case SIGNATURE_MISMATCH -> getTranslation("certification.verify.credential.reason.signature");
            case UNREADABLE_CONTENT -> getTranslation("certification.verify.credential.reason.unreadable");
            case ALGORITHM_NOT_ACCEPTED -> getTranslation("certification.verify.credential.reason.algorithm", argument);
            case NOT_SIGNED -> getTranslation("certification.verify.credential.reason.not-signed");
            case KEY_NOT_PUBLISHED -> getTranslation("certification.verify.credential.reason.unknown-key", argument);
            case STATUS_LIST_UNREACHABLE -> getTranslation("certification.verify.credential.reason.status-unreachable", argument);
            case STATUS_LIST_INVALID -> getTranslation("certification.verify.credential.reason.status-invalid", argument);
            case NO_STATUS_ENTRY -> getTranslation("certification.verify.credential.reason.no-status");
            case NOT_JSON_OR_JWS -> getTranslation("certification.verify.credential.reason.not-json");
            case NOT_AN_OPEN_BADGE -> getTranslation("certification.verify.credential.reason.not-open-badge");
            case NO_BAKED_CREDENTIAL -> getTranslation("certification.verify.credential.reason.no-baked");
            case FILE_TOO_LARGE -> getTranslation("certification.verify.credential.reason.too-large", argument);
            case TOO_MANY_CHECKS -> getTranslation("certification.verify.rate-limited.advice");
        };
    }

    private Paragraph checkedFile(String fileName) {
        Paragraph file = new Paragraph(getTranslation("certification.verify.file-checked", fileName));
        file.addClassName("facts");
        return file;
    }

    private String statusWords(Verification v) {
        return switch (v.status()) {
            case "VALID" -> getTranslation("certification.verify.status-words.valid");
            case "EXPIRED" -> getTranslation("certification.verify.status-words.expired");
            case "REVOKED" -> getTranslation("certification.verify.status-words.revoked");
            default -> getTranslation("certification.verify.status-words.superseded");
        };
    }

    private static Div box(String style, VaadinIcon icon, String heading) {
        Div box = new Div();
        box.addClassNames("outcome", style);
        box.add(icon.create(), new H2(heading));
        return box;
    }

    /** The verdict on one certificate; {@code aboutTheFile} adds that an uploaded file is the issued one. */
    private Div statusBox(Verification v, String aboutTheFile) {
        Div box;
        switch (v.status()) {
            case "RATE_LIMITED" -> {
                box = box("failed", VaadinIcon.HAND, getTranslation("certification.verify.rate-limited"));
                box.add(new Paragraph(getTranslation("certification.verify.rate-limited.advice")));
                return box;
            }
            case "NOT_FOUND" -> {
                box = box("failed", VaadinIcon.QUESTION_CIRCLE, getTranslation("certification.verify.not-found"));
                box.add(new Paragraph(getTranslation("certification.verify.not-found.advice")));
                return box;
            }
            case "VALID" -> box = box("passed", VaadinIcon.CHECK_CIRCLE, getTranslation("certification.verify.valid"));
            case "EXPIRED" -> {
                box = box("failed", VaadinIcon.CLOCK, getTranslation("certification.verify.expired"));
                box.add(new Paragraph(getTranslation("certification.verify.expired.since", date(v.expiresOn()))));
            }
            case "REVOKED" -> {
                box = box("failed-critical", VaadinIcon.BAN, getTranslation("certification.verify.revoked"));
                box.add(new Paragraph(getTranslation("certification.verify.revoked.on", date(v.revokedOn()))));
            }
            default -> {
                box = box("failed", VaadinIcon.REFRESH, getTranslation("certification.verify.superseded"));
                box.add(new Paragraph(getTranslation("certification.verify.superseded.explanation")));
            }
        }
        if (aboutTheFile != null) {
            Paragraph file = new Paragraph(aboutTheFile);
            file.addClassName("about-the-file");
            box.add(file);
        }
        box.add(new Paragraph(getTranslation("certification.verify.completed", v.learnerName(), v.courseTitle(),
                        v.courseVersion(), date(v.completedOn()), v.ceHours())),
                new Paragraph(v.expiresOn() == null
                        ? getTranslation("certification.verify.issued-no-expiry", v.code(), date(v.issuedOn()))
                        : getTranslation("certification.verify.issued-valid-until", v.code(), date(v.issuedOn()),
                                date(v.expiresOn()))));
        return box;
    }

    /** A date written out ("7 December 2026" in English, as the certificate prints it). */
    private String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(getTranslation("certification.verify.date-format"), Languages.closest(getLocale()))
                .format(day);
    }
}
