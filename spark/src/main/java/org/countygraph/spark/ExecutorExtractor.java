package org.countygraph.spark;

import org.countygraph.extract.Extractor;
import org.countygraph.extract.hanlp.StandardExtractor;

/**
 * The extractor of one executor JVM: made on first use and shared by every task there, so that
 * HanLP's model and CountyGraph's dictionaries load once per executor, not once per document or task.
 */
final class ExecutorExtractor {
    private ExecutorExtractor() {}

    /** Initialised when the class is first used: the JVM's class initialisation makes it once, thread-safely. */
    private static final class Holder {
        static final Extractor EXTRACTOR = StandardExtractor.create();
    }

    /** The executor's extractor. */
    static Extractor get() {
        return Holder.EXTRACTOR;
    }
}
