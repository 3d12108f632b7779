package org.countygraph.serve;

import org.apache.jena.graph.Graph;

/**
 * The {@link LabelIndex} of a served store's current data version: made on the first search at
 * a version, while later searches at that version wait for it, and replaced once a write
 * advances the version. A store without data versions (not TDB2) gets a new index every time.
 */
final class LabelIndexes {
    private final IriMapping mapping;
    private LabelIndex current;

    LabelIndexes(IriMapping mapping) { this.mapping = mapping; }

    /**
     * The index of the store {@code g} reads (from {@link StoreView#read}) at {@code version}
     * (from {@link StoreView#version} in the same read transaction).
     */
    synchronized LabelIndex at(long version, Graph g) {
        if (version >= 0 && current != null && current.version() == version) return current;
        Graph all = g instanceof BoundedGraph b ? b.get() : g;
        LabelIndex index = LabelIndex.build(all, mapping, version);
        if (version >= 0) current = index;
        return index;
    }
}
