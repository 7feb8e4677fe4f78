package academy.triggerpoint.certification.ui;

import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.CertificateSummary;
import academy.triggerpoint.certification.PendingCertificate;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The learner's certificates with their status, CE hours, expiry, a download and the public link. */
@Route("certificates")
@PageTitle("My certificates · Trigger Point Academy")
@Menu(title = "My certificates", order = 10, icon = "vaadin:diploma")
@PermitAll
public class MyCertificatesView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public MyCertificatesView(CertificateService certificates) {
        addClassName("course-page");
        add(new H1("My certificates"));
        for (PendingCertificate waiting : certificates.myPending()) {
            Paragraph notice = new Paragraph("The certificate for “" + waiting.courseTitle() + "” (completed "
                    + date(waiting.completedAt()) + ") is pending: " + waiting.reason() + " Correct your name under "
                    + "Profile and it is issued automatically; an administrator can also see this.");
            notice.addClassNames("notice", "pending-certificate");
            add(notice);
        }
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph("You have no certificates yet. Complete a course and its certificate appears here."));
            return;
        }
        // One column that stacks course, status, expiry, hours and the links: on a phone nothing is
        // pushed out of sight to the right, and on a wide screen it reads as a list.
        Grid<CertificateSummary> grid = new Grid<>();
        grid.addComponentColumn(MyCertificatesView::certificate).setHeader("Certificate").setKey("certificate");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("certificates");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        for (CertificateSummary soon : mine.stream().filter(c -> c.expiresInDays() != null).toList()) {
            Paragraph notice = new Paragraph("“" + soon.courseTitle() + "” expires in " + soon.expiresInDays() + " day"
                    + (soon.expiresInDays() == 1 ? "" : "s") + ", on " + date(soon.expiresAt()) + "."
                    + (soon.renewWith() == null ? "" : " Complete “" + soon.renewWith() + "” to renew it."));
            notice.addClassName("notice");
            add(notice);
        }
        var transcript = certificates.transcript();
        Anchor pdf = new Anchor("certificate-files/transcript.pdf", "Transcript (PDF)");
        pdf.getElement().setAttribute("download", true);
        Anchor csv = new Anchor("certificate-files/transcript.csv", "Transcript (CSV)");
        csv.getElement().setAttribute("download", true);
        add(grid, new Paragraph("Anyone can check a certificate at its verification link or by scanning its QR code."),
                new H2("CE transcript"), new Paragraph("CE contact hours: " + transcript.totalHours().stripTrailingZeros()
                        .toPlainString() + " in total; " + String.join(", ", transcript.hoursByYear().entrySet().stream()
                        .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " in " + e.getKey()).toList()) + "; "
                        + String.join(", ", transcript.hoursByDelivery().entrySet().stream().map(e -> e.getValue()
                        .stripTrailingZeros().toPlainString() + " " + academy.triggerpoint.catalog.content.DeliveryMode.inSentence(e.getKey()))
                        .toList()) + "."),
                transcript.practical().map(p -> new Paragraph("Practical training (countersigned): "
                        + p.onlineTheoryHours().stripTrailingZeros().toPlainString() + " h online theory, "
                        + p.inPersonCourseHours().stripTrailingZeros().toPlainString() + " h in-person courses, "
                        + p.supervisedHours().stripTrailingZeros().toPlainString() + " h supervised needling ("
                        + p.supervisedSessions() + " sessions). The PDF adds your observed practicals and, for each "
                        + "jurisdiction where you practise, the board's hour, wording and fields.")).orElse(new Paragraph()),
                links(pdf, csv));
    }

    private static Div certificate(CertificateSummary c) {
        Span title = new Span(c.courseTitle());
        title.addClassName("cell-title");
        Span standing = new Span(status(c.status()) + " · " + (c.expiresAt() == null ? "no expiry"
                : (c.status().equals("EXPIRED") ? "expired " : "valid until ") + date(c.expiresAt())));
        Span facts = new Span("Completed " + date(c.completedAt()) + " · " + c.ceHours().stripTrailingZeros().toPlainString()
                + " CE hours");
        facts.addClassName("muted");
        Anchor download = new Anchor("certificate-files/" + c.code() + ".pdf", "PDF");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", "Download the certificate for " + c.courseTitle() + " (PDF)");
        Anchor verify = new Anchor("verify/" + c.code(), "Public page");
        verify.setTitle("Verification code " + c.code());
        Div links = new Div(download, verify);
        links.addClassName("cell-links");
        Div cell = new Div(title, standing, facts, links);
        cell.addClassName("stacked-cell");
        return cell;
    }

    private static String date(Instant instant) {
        return DATE.format(instant);
    }

    private static Div links(Anchor... anchors) {
        Div links = new Div(anchors);
        links.addClassName("cell-links");
        return links;
    }

    static String status(String status) {
        return switch (status) {
            case "VALID" -> "✓ Valid";
            case "EXPIRED" -> "Expired";
            case "REVOKED" -> "Revoked";
            case "SUPERSEDED" -> "Replaced by a newer certificate";
            default -> status;
        };
    }
}
