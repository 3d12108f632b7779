package org.countygraph.cli;

import java.util.ArrayList;
import java.util.List;

/** A program that runs out of heap and, if the JVM lets it, carries on limping: it prints "limping" and exits 0. */
public final class OomProbe {
    private OomProbe() {}

    public static void main(String[] args) {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) hog.add(new long[1 << 20]);
        } catch (OutOfMemoryError e) {
            hog.clear();
            System.out.println("limping");
        }
    }
}
