package academy.triggerpoint.authoring.questions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads uploaded XML into a small element tree that remembers the line of every element, so a
 * rejected question can be found in the file.
 *
 * <p>The file comes from an author's upload, so it is untrusted: a DOCTYPE is refused outright.
 * That rules out external entities (XXE: reading server files or calling internal URLs) and entity
 * expansion bombs, and Moodle's own exports never contain one.
 */
public final class SafeXml {

    /** An element: its attributes, child elements, its own character data (CDATA included) and its line. */
    static final class Element {
        private final String name;
        private final Map<String, String> attributes;
        private final List<Element> children = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final int line;

        private Element(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        String name() {
            return name;
        }

        int line() {
            return line;
        }

        String text() {
            return text.toString();
        }

        String attribute(String attribute) {
            return attributes.get(attribute);
        }

        /** The first child element called {@code childName}, or null. */
        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        List<Element> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The text of the first child called {@code childName}, or null when there is none. */
        String childText(String childName) {
            Element child = child(childName);
            return child == null ? null : child.text();
        }
    }

    private SafeXml() {
    }

    /**
     * The root element of {@code xml}.
     *
     * @throws SAXException when the document is not well-formed or declares a DOCTYPE; a
     *                      {@link org.xml.sax.SAXParseException} carries the line and column
     */
    static Element parse(byte[] xml) throws SAXException, IOException {
        Builder builder = new Builder();
        newParser().parse(new ByteArrayInputStream(xml), builder);
        return builder.root;
    }

    private static SAXParser newParser() {
        return newParser(false);
    }

    /**
     * A SAX parser for untrusted XML with every guard this class uses: DOCTYPE refused, no external
     * entities or DTDs, secure processing (which also caps entity expansion and element depth).
     */
    public static SAXParser newParser(boolean namespaceAware) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            // Failing closed: never parse untrusted XML with a parser that cannot be made safe.
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        }
    }

    private static final class Builder extends DefaultHandler {
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            // Belt and braces: should anything still ask for an external entity, it gets nothing.
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            Element element = new Element(qName, values, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }
    }
}
