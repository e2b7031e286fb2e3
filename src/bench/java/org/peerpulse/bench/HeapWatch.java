package org.peerpulse.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap the benchmark's work needs: after every garbage collection, the heap still in use
 * (what the collector could not free: live data, plus old garbage a young collection leaves),
 * and its highest value since {@link #start()}. Also the highest heap in use sampled every 20 ms,
 * garbage included, which under {@code -Xmx} says only how full the collector let the heap get.
 */
final class HeapWatch implements AutoCloseable {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong afterGcPeak = new AtomicLong();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            afterGcPeak.accumulateAndGet(used, Math::max);
        }
    };
    private final Thread sampler = new Thread(this::sample, "heap-sampler");
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    void start() {
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (!Thread.currentThread().isInterrupted()) {
            sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest heap in use right after a collection, in MB. */
    long afterGcPeakMb() {
        return afterGcPeak.get() >> 20;
    }

    /** The highest heap in use sampled, garbage included, in MB. */
    long sampledPeakMb() {
        return sampledPeak.get() >> 20;
    }

    @Override
    public void close() {
        sampler.interrupt();
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // not added
            }
        }
    }
}
