package org.countygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The way a store path (such as {@code data/tdb2}) is addressed so that a new store can replace it
 * in one step: the path is a symbolic link to one folder of {@code <store>.generations/}, and a swap
 * renames a new link over it ({@code rename(2)} is atomic). Every command that opens the store path
 * (serve, build, query, export) opens the folder the link points to at that moment; a process that
 * opened the previous one keeps it until it stops.
 *
 * <p>A store path that is still a plain folder (a store made by {@code build}) is moved into the
 * generations folder by the first swap: that one swap is two renames, with an instant between
 * them when the path does not exist.
 */
public final class StoreGenerations {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path store;

    private StoreGenerations(Path store) {
        this.store = store.toAbsolutePath().normalize();
        if (this.store.getParent() == null) throw new StoreException("a store path needs a parent folder: '" + store + "'");
    }

    /** The generations of the store addressed by {@code store} (its link or folder need not exist yet). */
    public static StoreGenerations of(Path store) {
        return new StoreGenerations(Objects.requireNonNull(store, "store"));
    }

    /** The store path: a link, a plain folder, or nothing yet. */
    public Path path() { return store; }

    /** The folder holding the generations: {@code <store>.generations}, next to the store path. */
    public Path folder() { return store.resolveSibling(store.getFileName() + ".generations"); }

    /** The folder the store path stands for now, if any: the link's target, or the path itself when a folder. */
    public Optional<Path> current() {
        if (!Files.exists(store)) return Optional.empty();
        try {
            return Optional.of(store.toRealPath());
        } catch (IOException e) {
            throw new StoreException("cannot resolve the store path " + store + ": " + e.getMessage(), e);
        }
    }

    /** Creates a new, empty generation folder named by the time, for a store being loaded. */
    public Path create() {
        try {
            Files.createDirectories(folder());
            String stamp = LocalDateTime.now().format(STAMP);
            for (int i = 0; ; i++) {
                Path p = folder().resolve(i == 0 ? stamp : stamp + "-" + i);
                try {
                    return Files.createDirectory(p);
                } catch (FileAlreadyExistsException e) {
                    // another load in the same millisecond: take the next name
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create a new store folder in " + folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Points the store path at {@code generation} in one rename and returns the folder it stood for
     * before, if any. A plain folder at the store path is first moved into the generations folder.
     */
    public Optional<Path> swapTo(Path generation) {
        Path target = generation.toAbsolutePath().normalize();
        if (!target.getParent().equals(folder()) || !Files.isDirectory(target)) {
            throw new StoreException("not a generation of " + store + ": '" + generation + "'");
        }
        Optional<Path> before = current();
        try {
            if (Files.isDirectory(store, LinkOption.NOFOLLOW_LINKS)) {
                Path moved = folder().resolve(store.getFileName() + "-before-" + LocalDateTime.now().format(STAMP));
                Files.move(store, moved, StandardCopyOption.ATOMIC_MOVE);
                before = Optional.of(moved);
            }
            Path link = store.resolveSibling("." + store.getFileName() + ".swap-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            Files.createSymbolicLink(link, store.getParent().relativize(target));
            try {
                Files.move(link, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(link);
                throw e;
            }
            return before;
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("cannot swap " + store + " atomically (file system?): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot point " + store + " at " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a generation folder that never became current (a failed load). */
    public void discard(Path generation) {
        Path target = generation.toAbsolutePath().normalize();
        if (!target.getParent().equals(folder())) throw new StoreException("not a generation of " + store + ": '" + generation + "'");
        if (current().map(target::equals).orElse(false)) throw new StoreException("will not delete the current store " + target);
        try (var walk = Files.walk(target)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot delete " + target + ": " + e.getMessage(), e);
        }
    }
}
