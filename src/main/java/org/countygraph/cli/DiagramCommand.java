package org.countygraph.cli;

import java.util.concurrent.Callable;
import org.countygraph.vocab.OntologyDiagram;
import org.countygraph.vocab.OntologyFiles;
import picocli.CommandLine.Command;

/** {@code diagram}: print the ontology's class diagram as Graphviz DOT. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Print the class diagram of the ontology and its shapes as Graphviz DOT, e.g. "
                + "bin/countygraph diagram > ontology/countygraph.dot && dot -Tsvg ontology/countygraph.dot -o ontology/countygraph.svg")
final class DiagramCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(OntologyDiagram.dot(OntologyFiles.ontology(), OntologyFiles.shapes()));
        System.out.flush();
        return 0;
    }
}
