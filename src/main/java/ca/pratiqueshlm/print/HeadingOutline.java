package ca.pratiqueshlm.print;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The PDF outline (bookmarks) of a document that declares none: its h1 and h2 headings, the h2 under
 * the h1, so a reader jumps to "Retombées" or "Sources" from the viewer's side panel. openhtmltopdf
 * reads the outline from a {@code <bookmarks>} element in the head.
 */
final class HeadingOutline {
    private HeadingOutline() {}

    static void addIfMissing(Document document) {
        if (!document.select("bookmarks").isEmpty()) {
            return;
        }
        Element bookmarks = document.head().appendElement("bookmarks");
        Element parent = bookmarks;
        int n = 0;
        for (Element heading : document.body().select("h1, h2")) {
            if (heading.id().isEmpty()) {
                heading.id("titre-" + ++n);
            }
            Element mark = new Element("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
            if (heading.nameIs("h1")) {
                bookmarks.appendChild(mark);
                parent = mark;
            } else {
                parent.appendChild(mark);
            }
        }
    }
}
