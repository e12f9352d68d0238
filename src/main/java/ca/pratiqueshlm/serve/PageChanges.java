package ca.pratiqueshlm.serve;

import ca.pratiqueshlm.index.search.SearchIndexScript;
import ca.pratiqueshlm.plan.PrintPaths;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which build version last changed each page, so an open page reloads only when it changed: an edited
 * fiche reloads its own page and the pages that list it, not the one the reader is on elsewhere.
 * The search index and its parts belong to the search page, the fiches' selection scripts to the selection
 * page. Everything reloads when a stylesheet, script or image changes, and when the build's outcome changes
 * (the error banner comes or goes, or its errors change).
 */
public final class PageChanges {
    private final Map<String, Long> pages = new ConcurrentHashMap<>();
    private volatile long everything;

    /** Records the files a successful build {@code version} wrote or removed. */
    public void built(long version, Collection<String> changed) {
        record(version, changed);
        wake();
    }

    private void record(long version, Collection<String> changed) {
        for (String path : changed) {
            if (path.endsWith(".html")) {
                pages.put(path, version);
            } else if (path.equals(SearchIndexScript.PATH) || path.startsWith(SearchIndexScript.PARTS)) {
                pages.put("recherche.html", version);
            } else if (path.startsWith(PrintPaths.SELECTION_SCRIPTS)) {
                pages.put(PrintPaths.SELECTION, version);
            } else if (path.startsWith("assets/")) {
                everything = version;
            }
        }
    }

    /** Every page must reload at {@code version} (the banner changed). */
    public void all(long version) {
        everything = version;
        wake();
    }

    private synchronized void wake() {
        notifyAll();
    }

    /**
     * Waits until a build newer than {@code known} changed {@code page}, at most {@code millis}; returns
     * the page's version then. Lets an open page hear of its change the moment it is written.
     */
    public synchronized long await(String page, long known, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long version = of(page);
        while (version <= known) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
            version = of(page);
        }
        return version;
    }

    /** The last version that changed {@code page} (a path relative to the site root). */
    public long of(String page) {
        return Math.max(everything, pages.getOrDefault(page, 0L));
    }
}
