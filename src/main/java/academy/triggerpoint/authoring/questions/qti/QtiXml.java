package academy.triggerpoint.authoring.questions.qti;

import academy.triggerpoint.authoring.questions.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Untrusted XML read into a namespace-aware DOM whose elements remember their line, through the
 * hardened parser of {@link SafeXml} (no DOCTYPE, no external entities). QTI 2.x names elements and
 * attributes in camelCase ({@code choiceInteraction}, {@code responseIdentifier}), QTI 3.0 in kebab
 * case with a prefix ({@code qti-choice-interaction}, {@code response-identifier}); {@link #name} and
 * {@link #attr} read both as the QTI 2 name, so one reader serves both versions.
 */
final class QtiXml {

    private static final String LINE = "line";

    private QtiXml() {
    }

    static Document parse(byte[] xml) throws SAXException, IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Builder builder = new Builder(document);
        SafeXml.newParser(true).parse(new ByteArrayInputStream(xml), builder);
        return document;
    }

    static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer n ? n : 0;
    }

    /** The element's name as QTI 2 writes it: {@code qti-simple-choice} and {@code simpleChoice} both give {@code simpleChoice}. */
    static String name(Element element) {
        String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        return local.startsWith("qti-") ? camel(local.substring(4)) : local;
    }

    /** An attribute by its QTI 2 name, read in either spelling; null when absent. */
    static String attr(Element element, String qti2Name) {
        if (element.hasAttribute(qti2Name)) {
            return element.getAttribute(qti2Name);
        }
        String kebab = kebab(qti2Name);
        return element.hasAttribute(kebab) ? element.getAttribute(kebab) : null;
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String qti2Name) {
        return children(parent).stream().filter(e -> name(e).equals(qti2Name)).toList();
    }

    static Element child(Element parent, String qti2Name) {
        return children(parent).stream().filter(e -> name(e).equals(qti2Name)).findFirst().orElse(null);
    }

    /** Every descendant, depth first in document order. */
    static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            all.add(e);
            List<Element> kids = children(e);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return all;
    }

    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Builder extends DefaultHandler {
        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        Builder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attrUri = attributes.getURI(i);
                element.setAttributeNS(attrUri == null || attrUri.isEmpty() ? null : attrUri, attributes.getQName(i),
                        attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (open.peek() instanceof Element) {
                open.peek().appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
