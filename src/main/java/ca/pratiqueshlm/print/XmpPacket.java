package ca.pratiqueshlm.print;

/**
 * The XMP metadata packet of a PDF/UA-1 document: Dublin Core format, creator, title and description,
 * and the PDF/A extension schema that declares {@code pdfuaid:part}. Written as text, laid out as
 * xmpbox's serializer lays it out (two-space indentation, no XML declaration), so a PDF is the same byte
 * for byte whichever of the two wrote it.
 */
final class XmpPacket {
    private XmpPacket() {}

    /** @param title, author, subject the document's; a null one is left out, as the library does */
    static String pdfUa(String title, String author, String subject) {
        StringBuilder xmp = new StringBuilder(2400);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("    <rdf:Description rdf:about=\"\">\n")
                .append("      <dc:format>application/pdf</dc:format>\n");
        if (author != null) {
            list(xmp, "dc:creator", "rdf:Seq", "", author);
        }
        if (title != null) {
            list(xmp, "dc:title", "rdf:Alt", " xml:lang=\"x-default\"", title);
        }
        if (subject != null) {
            list(xmp, "dc:description", "rdf:Alt", " xml:lang=\"x-default\"", subject);
        }
        xmp.append("""
                    </rdf:Description>
                    <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
                      <pdfaExtension:schemas>
                        <rdf:Bag>
                          <rdf:li rdf:parseType="Resource">
                            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                            <pdfaSchema:property>
                              <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                  <pdfaProperty:name>part</pdfaProperty:name>
                                  <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                  <pdfaProperty:category>internal</pdfaProperty:category>
                                  <pdfaProperty:description>Indicates, which part of ISO 14289 standard \
                is followed</pdfaProperty:description>
                                </rdf:li>
                              </rdf:Seq>
                            </pdfaSchema:property>
                          </rdf:li>
                        </rdf:Bag>
                      </pdfaExtension:schemas>
                      <pdfuaid:part>1</pdfuaid:part>
                    </rdf:Description>
                  </rdf:RDF>
                </x:xmpmeta><?xpacket end="w"?>""").append('\n');
        return xmp.toString();
    }

    /** A property holding one item in an RDF container. */
    private static void list(StringBuilder xmp, String property, String container, String attributes, String value) {
        xmp.append("      <").append(property).append(">\n")
                .append("        <").append(container).append(">\n")
                .append("          <rdf:li").append(attributes);
        if (value.isEmpty()) {
            xmp.append("/>\n");
        } else {
            escape(xmp.append('>'), value).append("</rdf:li>\n");
        }
        xmp.append("        </").append(container).append(">\n")
                .append("      </").append(property).append(">\n");
    }

    /** Text content escaped as the JDK's serializer escapes it. */
    private static StringBuilder escape(StringBuilder xmp, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xmp.append("&amp;");
                case '<' -> xmp.append("&lt;");
                case '>' -> xmp.append("&gt;");
                case '\r' -> xmp.append("&#13;");
                default -> xmp.append(c);
            }
        }
        return xmp;
    }
}
