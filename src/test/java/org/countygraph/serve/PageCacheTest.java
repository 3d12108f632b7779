package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PageCacheTest {
    private static Optional<PageCache.Entry> page(String text) {
        return Optional.of(new PageCache.Entry("text/html", text.getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    @Test
    void anEntryIsFoundOnlyAtTheVersionItWasMadeAt() {
        PageCache cache = new PageCache();
        AtomicInteger renders = new AtomicInteger();
        assertEquals("v1", new String(cache.get("/page/x", 1, () -> { renders.incrementAndGet(); return page("v1"); }).orElseThrow().body()));
        cache.get("/page/x", 1, () -> { renders.incrementAndGet(); return page("again"); });
        assertEquals(1, renders.get());
        assertEquals("v2", new String(cache.get("/page/x", 2, () -> page("v2")).orElseThrow().body()));
    }

    @Test
    void concurrentRequestsForOneEntryRenderItOnce() throws Exception {
        PageCache cache = new PageCache();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch rendering = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Optional<PageCache.Entry>> first = CompletableFuture.supplyAsync(() -> cache.get("/page/hub", 7, () -> {
            renders.incrementAndGet();
            rendering.countDown();
            await(release);
            return page("hub");
        }), r -> new Thread(r).start());
        assertTrue(rendering.await(10, TimeUnit.SECONDS));
        CompletableFuture<Optional<PageCache.Entry>> second = CompletableFuture.supplyAsync(() -> cache.get("/page/hub", 7, () -> {
            renders.incrementAndGet();
            return page("second");
        }), r -> new Thread(r).start());
        release.countDown();
        assertEquals("hub", new String(first.get().orElseThrow().body()));
        assertEquals("hub", new String(second.get().orElseThrow().body()));
        assertEquals(1, renders.get());
    }

    @Test
    void aFailedRenderingIsNotCachedAndItsFailureReachesTheCaller() {
        PageCache cache = new PageCache();
        assertThrows(QueryCancelledException.class, () -> cache.get("/page/slow", 1, () -> { throw new QueryCancelledException(); }));
        assertTrue(cache.get("/page/none", 1, Optional::empty).isEmpty());
        assertEquals("ok", new String(cache.get("/page/slow", 1, () -> page("ok")).orElseThrow().body()));
    }

    @Test
    void theLeastRecentlyUsedEntriesGoFirst() {
        PageCache cache = new PageCache();
        for (int i = 0; i <= PageCache.MAX_ENTRIES; i++) {
            String text = "p" + i;
            cache.get("/page/" + i, 1, () -> page(text));
        }
        AtomicInteger renders = new AtomicInteger();
        cache.get("/page/0", 1, () -> { renders.incrementAndGet(); return page("p0"); });
        cache.get("/page/" + PageCache.MAX_ENTRIES, 1, () -> { renders.incrementAndGet(); return page("last"); });
        assertEquals(1, renders.get(), "the oldest entry should have gone and the newest stayed");
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
