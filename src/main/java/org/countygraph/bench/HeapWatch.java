package org.countygraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a task runs: the most it held (sampled every 20 ms, garbage included:
 * what the task needed of {@code -Xmx}) and the most that survived a garbage collection (the live
 * data the task kept).
 *
 * <p>Usage: {@code try (HeapWatch w = HeapWatch.start()) { task(); peak = w.peakUsed(); }}
 */
final class HeapWatch implements AutoCloseable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener gcListener = (n, handback) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long live = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) live += u.getUsed();
        // the map holds non-heap pools too (code cache, metaspace): count the heap's only
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.HEAP) {
                MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (u != null) live -= u.getUsed();
            }
        }
        peakLive.accumulateAndGet(live, Math::max);
    };
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(gcListener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage (so that the last task's leftovers do not count) and starts watching. */
    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    /** The most heap in use at any sample, in bytes. */
    long peakUsed() { return peakUsed.get(); }

    /** The most heap in use right after a garbage collection, in bytes; 0 when none ran. */
    long peakLive() { return peakLive.get(); }

    /** The heap in use after a full collection now, in bytes: what the task left behind. */
    long liveNow() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(gcListener);
            } catch (ListenerNotFoundException ignored) {
                // never added to this one: nothing to remove
            }
        }
    }
}
