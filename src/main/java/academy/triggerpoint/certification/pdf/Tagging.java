package academy.triggerpoint.certification.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of a PDF for PDF/UA-1: what a screen reader reads, in which order, and as
 * what (heading, paragraph, list, table, figure). Everything drawn on a page goes through here,
 * either as the content of a structure element (marked with an MCID that the parent tree maps back
 * to the element) or as an artifact (borders, rules, a header row repeated on a new page), which
 * assistive technology skips.
 *
 * <p>One instance per document, used by one thread: create it, call {@link #page} for each page
 * as it is added, draw, then {@link #finish}. The catalog gets the language, {@code MarkInfo
 * Marked true} and {@code DisplayDocTitle true}; each page reads in structure order ({@code Tabs S}).
 */
final class Tagging {

    /** Drawing operations that make up one piece of content. */
    @FunctionalInterface
    interface Drawing {
        void draw() throws IOException;
    }

    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
    private final PDStructureElement root;
    /** For each page, in the order of its StructParents key: the element each MCID belongs to. */
    private final List<COSArray> parents = new ArrayList<>();
    private PDPage page;
    private COSArray pageParents;

    /** Tags the document, whose text is in {@code language} (a BCP 47 tag such as "en" or "de-CH"). */
    Tagging(PDDocument document, String language) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(tree);
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        root = new PDStructureElement("Document", tree);
        tree.appendKid(root);
    }

    /** The Document element: the root of everything the documents add. */
    PDStructureElement document() {
        return root;
    }

    /** A new element of a standard structure type ("P", "H1", "L", "TD") as the last child of {@code parent}. */
    PDStructureElement add(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * A new element, as {@link #add(PDStructureElement, String)}, whose content is in another language
     * than the document's, such as a course's title on a certificate printed in the learner's language:
     * its {@code Lang} tells a screen reader to switch pronunciation, for it and everything in it.
     */
    PDStructureElement add(PDStructureElement parent, String type, String language) {
        PDStructureElement element = add(parent, type);
        element.setLanguage(language);
        return element;
    }

    /** A Figure whose content is described to those who cannot see it by {@code alternative}. */
    PDStructureElement figure(PDStructureElement parent, String alternative, PDRectangle bounds) {
        PDStructureElement figure = add(parent, "Figure");
        figure.setAlternateDescription(alternative);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(bounds);
        figure.addAttribute(layout);
        return figure;
    }

    /** A table header cell for the column below it. */
    PDStructureElement columnHeader(PDStructureElement row) {
        PDStructureElement header = add(row, "TH");
        PDTableAttributeObject table = new PDTableAttributeObject();
        table.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        header.addAttribute(table);
        return header;
    }

    /** Starts a page that was just added to the document: what is drawn next belongs to it. */
    void page(PDPage newPage) {
        page = newPage;
        page.setStructParents(parents.size());
        page.getCOSObject().setItem(TABS, COSName.S);
        pageParents = new COSArray();
        parents.add(pageParents);
    }

    /**
     * Draws content that belongs to {@code element}, marked with the page's next MCID. When the glyphs
     * do not read as the text (right-to-left text in visual order, joined Arabic letters, conjuncts),
     * {@code actualText} is the text as written, for screen readers and copying; otherwise null.
     */
    void content(PDPageContentStream s, PDStructureElement element, String actualText, Drawing drawing) throws IOException {
        int mcid = pageParents.size();
        COSName tag = COSName.getPDFName(element.getStructureType());
        if (actualText == null) {
            s.beginMarkedContent(tag, mcid);
        } else {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            properties.setString(COSName.ACTUAL_TEXT, actualText);
            s.beginMarkedContent(tag, PDPropertyList.create(properties));
        }
        drawing.draw();
        s.endMarkedContent();
        pageParents.add(element);
        COSDictionary elementPage = element.getCOSObject().getCOSDictionary(COSName.PG);
        if (elementPage == null) {
            element.setPage(page);
            element.appendKid(mcid);
        } else if (elementPage == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            // content continued on another page than the element's first
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
    }

    /** Draws something that is not content (a border, a rule): assistive technology leaves it out. */
    void artifact(PDPageContentStream s, Drawing drawing) throws IOException {
        s.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        s.endMarkedContent();
    }

    /** Draws content repeated because a page broke (a table's header row): read once, where it first appears. */
    void pagination(PDPageContentStream s, Drawing drawing) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, PAGINATION);
        s.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        drawing.draw();
        s.endMarkedContent();
    }

    /**
     * Tags a widget annotation added to a document this class tagged (the signature field of a signed
     * certificate) as a Form element at the end of the Document element, described by {@code alternative}:
     * PDF/UA puts every widget in a Form element, invisible or not. Does nothing to an untagged document.
     */
    static void tagWidget(PDDocument document, PDAnnotationWidget widget, PDPage page, String alternative) {
        PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
        COSDictionary parentTree = tree == null ? null : tree.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        COSArray numbers = parentTree == null ? null : parentTree.getCOSArray(COSName.NUMS);
        if (numbers == null || tree.getKids().isEmpty() || !(tree.getKids().getFirst() instanceof PDStructureElement root)) {
            return;
        }
        int key = tree.getParentTreeNextKey();
        PDStructureElement form = new PDStructureElement("Form", root);
        form.setPage(page);
        form.setAlternateDescription(alternative);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(page);
        form.appendKid(reference);
        root.appendKid(form);
        widget.setStructParent(key);
        numbers.add(COSInteger.get(key));
        numbers.add(form);
        tree.setParentTreeNextKey(key + 1);
    }

    /** Writes the parent tree, which maps each page's marked content back to its elements. Call once, after drawing. */
    void finish() {
        COSArray numbers = new COSArray();
        for (int key = 0; key < parents.size(); key++) {
            numbers.add(COSInteger.get(key));
            numbers.add(parents.get(key));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        tree.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        tree.setParentTreeNextKey(parents.size());
    }
}
