package academy.triggerpoint.certification.ui;

import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.CertificateSummary;
import academy.triggerpoint.certification.CredentialService;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Image;
import academy.triggerpoint.certification.PendingCertificate;
import academy.triggerpoint.certification.pdf.Wording;
import academy.triggerpoint.shared.i18n.Languages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The learner's certificates with their status, CE hours, expiry, a download and the public link. */
@Route("certificates")
@Menu(title = "certification.menu.my-certificates", order = 10, icon = "vaadin:diploma")
@PermitAll
public class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final CredentialService credentials;

    public MyCertificatesView(CertificateService certificates, CredentialService credentials) {
        this.credentials = credentials;
        addClassName("course-page");
        add(new H1(getTranslation("certification.mine.title")));
        for (PendingCertificate waiting : certificates.myPending()) {
            Paragraph notice = new Paragraph(getTranslation("certification.mine.pending", waiting.courseTitle(),
                    date(waiting.completedAt(), getLocale()), waiting.reason()));
            notice.addClassNames("notice", "pending-certificate");
            add(notice);
        }
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certification.mine.empty")));
            return;
        }
        // One column that stacks course, status, expiry, hours and the links: on a phone nothing is
        // pushed out of sight to the right, and on a wide screen it reads as a list.
        Grid<CertificateSummary> grid = new Grid<>();
        grid.addComponentColumn(this::certificate).setHeader(getTranslation("certification.mine.column.certificate"))
                .setKey("certificate");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("certificates");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        for (CertificateSummary soon : mine.stream().filter(c -> c.expiresInDays() != null).toList()) {
            Paragraph notice = new Paragraph(soon.renewWith() == null
                    ? getTranslation("certification.mine.expires-soon", soon.courseTitle(), soon.expiresInDays(),
                            date(soon.expiresAt(), getLocale()))
                    : getTranslation("certification.mine.expires-soon-renew", soon.courseTitle(), soon.expiresInDays(),
                            date(soon.expiresAt(), getLocale()), soon.renewWith()));
            notice.addClassName("notice");
            add(notice);
        }
        var transcript = certificates.transcript();
        Anchor pdf = new Anchor("certificate-files/transcript.pdf", getTranslation("certification.mine.transcript.pdf"));
        pdf.getElement().setAttribute("download", true);
        Anchor csv = new Anchor("certificate-files/transcript.csv", getTranslation("certification.mine.transcript.csv"));
        csv.getElement().setAttribute("download", true);
        String byYear = String.join(", ", transcript.hoursByYear().entrySet().stream()
                .map(e -> getTranslation("certification.mine.transcript.hours-in-year", e.getValue(), String.valueOf(e.getKey())))
                .toList());
        // The transcript's words for delivery modes (certification.pdf.delivery.*), in the reader's language.
        Wording wording = new Wording(getLocale(), (key, language, args) -> getTranslation(language, key, args));
        String byDelivery = String.join(", ", transcript.hoursByDelivery().entrySet().stream()
                .map(e -> getTranslation("certification.mine.transcript.hours-delivered", e.getValue(),
                        wording.deliveryMode(e.getKey())))
                .toList());
        add(grid, new Paragraph(getTranslation("certification.mine.verification-hint")),
                new H2(getTranslation("certification.mine.transcript.title")),
                new Paragraph(getTranslation("certification.mine.transcript.hours", transcript.totalHours(), byYear, byDelivery)),
                transcript.practical().map(p -> new Paragraph(getTranslation("certification.mine.transcript.practical",
                        p.onlineTheoryHours(), p.inPersonCourseHours(), p.supervisedHours(), p.supervisedSessions())))
                        .orElse(new Paragraph()),
                links(pdf, csv));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.mine.page-title");
    }

    private Div certificate(CertificateSummary c) {
        Span title = new Span(c.courseTitle());
        title.addClassName("cell-title");
        String status = status(c.status(), getLocale());
        Span standing = new Span(c.expiresAt() == null ? getTranslation("certification.mine.no-expiry", status)
                : getTranslation(c.status().equals("EXPIRED") ? "certification.mine.expired" : "certification.mine.valid-until",
                        status, date(c.expiresAt(), getLocale())));
        Span facts = new Span(getTranslation("certification.mine.facts", date(c.completedAt(), getLocale()), c.ceHours()));
        facts.addClassName("muted");
        Anchor download = new Anchor("certificate-files/" + c.code() + ".pdf", "PDF");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label",
                getTranslation("certification.mine.download.aria-label", c.courseTitle()));
        Anchor verify = new Anchor("verify/" + c.code(), getTranslation("certification.mine.public-page"));
        verify.setTitle(getTranslation("certification.mine.public-page.title", c.code()));
        Anchor credential = new Anchor("certificate-files/" + c.code() + ".credential.json",
                getTranslation("certification.mine.credential.json"));
        credential.getElement().setAttribute("download", true);
        credential.getElement().setAttribute("aria-label",
                getTranslation("certification.mine.credential.json.aria-label", c.courseTitle()));
        Anchor badge = new Anchor("certificate-files/" + c.code() + ".badge.png", getTranslation("certification.mine.credential.badge"));
        badge.getElement().setAttribute("download", true);
        badge.getElement().setAttribute("aria-label",
                getTranslation("certification.mine.credential.badge.aria-label", c.courseTitle()));
        Div links = new Div(download, verify, credential, badge);
        links.addClassName("cell-links");
        Div cell = new Div(title, standing, facts, links, wallet(c));
        cell.addClassName("stacked-cell");
        return cell;
    }

    /** "Add to wallet": the address a wallet fetches the credential from, as a link and a QR code, opened on demand. */
    private Details wallet(CertificateSummary c) {
        String url = credentials.walletUrl(c.code());
        Anchor link = new Anchor(url, url);
        Paragraph how = new Paragraph(getTranslation("certification.mine.wallet.how"));
        how.addClassName("muted");
        Details wallet = new Details(getTranslation("certification.mine.wallet"));
        wallet.addClassName("wallet");
        wallet.addOpenedChangeListener(e -> {
            if (e.isOpened() && wallet.getContent().findAny().isEmpty()) {
                wallet.add(how, new Image(credentials.walletQr(c.code()),
                        getTranslation("certification.mine.wallet.qr", c.courseTitle())), link);
            }
        });
        return wallet;
    }

    /** A date in a certificate list: "7 Dec 2026", "7. Dez. 2026", "7 dic 2026". */
    static String date(Instant instant, Locale locale) {
        Locale language = Languages.closest(locale);
        return DateTimeFormatter.ofPattern(I18NProvider.translate(language, "certification.date-format"), language)
                .withZone(ZoneOffset.UTC).format(instant);
    }

    private static Div links(Anchor... anchors) {
        Div links = new Div(anchors);
        links.addClassName("cell-links");
        return links;
    }

    static String status(String status, Locale locale) {
        return switch (status) {
            case "VALID" -> I18NProvider.translate(locale, "certification.status.valid");
            case "EXPIRED" -> I18NProvider.translate(locale, "certification.status.expired");
            case "REVOKED" -> I18NProvider.translate(locale, "certification.status.revoked");
            case "SUPERSEDED" -> I18NProvider.translate(locale, "certification.status.superseded");
            default -> status;
        };
    }
}
