package org.countygraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * Runs a task over items (texts, documents) on a number of threads and times it: each thread
 * takes the next item not yet taken, largest first, so that the threads end together.
 */
final class ParallelRun {
    private ParallelRun() {}

    /** Runs {@code task} on every item with {@code threads} threads; the rate counts the items' {@code size}s. */
    static <T> Rate time(String name, List<T> items, ToLongFunction<T> size, int threads, ToLongFunction<T> task) {
        List<T> order = new ArrayList<>(items);
        order.sort(Comparator.comparingLong(size).reversed());
        long chars = order.stream().mapToLong(size).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long sink = 0;
                    for (int i; (i = next.getAndIncrement()) < order.size(); ) sink += task.applyAsLong(order.get(i));
                    return sink;
                }));
            }
            for (Future<Long> w : workers) w.get();
            return new Rate(name, threads, chars, (System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new BenchException(name + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(name + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
