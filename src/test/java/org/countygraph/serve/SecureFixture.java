package org.countygraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Stores, password files and servers for the security and limits tests: a public server, and a
 * server with updates for {@code admin} (password {@value #ADMIN_PASSWORD}), whose password file
 * also names {@code reader}, who may not update.
 */
final class SecureFixture {
    static final String ADMIN_PASSWORD = "s3cret-admin";
    static final String READER_PASSWORD = "reader-pw";
    static final String UPDATE = CountyGraphServer.DATASET + "/update";

    private SecureFixture() {}

    /** An in-memory TDB2 dataset (union default graph) of {@code n} triples in ten named graphs. */
    static DatasetGraph dataset(int n) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                Node g = NodeFactory.createURI("urn:graph:" + (i % 10));
                dsg.add(g, NodeFactory.createURI("urn:ex:s" + i), NodeFactory.createURI("urn:ex:p" + (i % 7)), NodeFactory.createLiteralString("o" + i));
            }
        });
        return dsg;
    }

    /** A private password file for admin and reader in {@code dir}. */
    static Path passwordFile(Path dir) {
        try {
            Path f = dir.resolve("passwords");
            Files.writeString(f, "admin: " + ADMIN_PASSWORD + "\nreader: " + READER_PASSWORD + "\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Triples in the whole dataset, read directly. */
    static long size(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }
}
