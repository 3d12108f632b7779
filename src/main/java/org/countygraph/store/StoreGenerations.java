package org.countygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.StandardOpenOption;

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
    /** The time stamp a generation's folder name ends in ({@code 20261128-140347-123}, {@code tdb2-before-…}, {@code …-1}). */
    private static final Pattern NAME_STAMP = Pattern.compile("(\\d{8}-\\d{6}-\\d{3})(?:-(\\d+))?$");
    /** The file TDB2 locks while a process has the store in a folder open. */
    private static final String LOCK_FILE = "tdb.lock";

    /**
     * What a pruning did: the generations deleted, and the older ones kept because a process has them
     * open (a server started before the last swap) or because they are the newest few kept to go back to.
     */
    public record Pruned(List<Path> deleted, List<Path> inUse, List<Path> kept) {}

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

    /**
     * Deletes the generations older than the current one, except the newest {@code keep} of them (to go
     * back to) and any that a process has open (TDB2 holds a lock on its {@code tdb.lock} while a store is
     * open: a server started before the swap). Generations newer than the current one (a load in
     * progress) are never touched. Nothing is deleted when the store path stands for no generation.
     */
    public Pruned prune(int keep) {
        if (keep < 0) throw new StoreException("the number of previous stores to keep must be 0 or more: " + keep);
        Optional<Path> now = current();
        List<Path> deleted = new ArrayList<>();
        List<Path> inUse = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        if (now.isEmpty() || !Files.isDirectory(folder())) return new Pruned(deleted, inUse, kept);
        String currentStamp = stampOf(now.get());
        List<Path> older = new ArrayList<>();
        try (var list = Files.list(folder())) {
            list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(now.get()))
                    .filter(p -> currentStamp != null && stampOf(p) != null && stampOf(p).compareTo(currentStamp) < 0)
                    .sorted(Comparator.comparing(StoreGenerations::stampOf).reversed())
                    .forEach(older::add);
        } catch (IOException e) {
            throw new StoreException("cannot list " + folder() + ": " + e.getMessage(), e);
        }
        for (Path p : older) {
            if (kept.size() < keep) kept.add(p);
            else if (inUse(p)) inUse.add(p);
            else {
                delete(p);
                deleted.add(p);
            }
        }
        return new Pruned(deleted, inUse, kept);
    }

    /** True when a process holds the TDB2 store in {@code generation} open: its {@code tdb.lock} is locked. */
    public static boolean inUse(Path generation) {
        Path lock = generation.resolve(LOCK_FILE);
        if (!Files.exists(lock)) return false;
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this process has it open
        } catch (IOException e) {
            return true; // cannot tell: keep it
        }
    }

    /**
     * The time stamp (with its counter) a generation's folder name ends in, sortable as text; null when none.
     * A plain store folder moved in by the first swap ({@code tdb2-before-<time of the swap>}) predates every
     * generation: it sorts first.
     */
    private static String stampOf(Path generation) {
        String name = generation.getFileName().toString();
        Matcher m = NAME_STAMP.matcher(name);
        if (!m.find()) return null;
        String stamp = m.group(1) + "-" + String.format("%06d", m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        return (name.contains("-before-") ? "0-" : "1-") + stamp;
    }

    /** Deletes a generation folder that never became current (a failed load). */
    public void discard(Path generation) {
        Path target = generation.toAbsolutePath().normalize();
        if (!target.getParent().equals(folder())) throw new StoreException("not a generation of " + store + ": '" + generation + "'");
        if (current().map(target::equals).orElse(false)) throw new StoreException("will not delete the current store " + target);
        delete(target);
    }

    private static void delete(Path target) {
        try (var walk = Files.walk(target)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
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
