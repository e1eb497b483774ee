package io.peermatch.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap occupancy of this JVM, from garbage-collection notifications: the largest heap in
 * use just before any collection (the sum over heap pools of {@code GcInfo.getMemoryUsageBeforeGc},
 * which the collector samples at one instant), or in use now, whichever is larger.
 *
 * <p>Why this and not {@link MemoryPoolMXBean#getPeakUsage}: between collections the heap only
 * grows (objects are allocated, none is freed), so its local maxima are exactly the moments before
 * collections, and the notification reports all heap pools at that one moment. Per-pool peaks, in
 * contrast, are taken at different moments (eden is fullest before a young collection, the old
 * generation after many), so their sum overstates the peak and can exceed {@code -Xmx}. What this
 * misses is memory freed without a pause (G1's concurrent cleanup of empty regions): a peak just
 * before such a cleanup is seen at the next collection at the latest, slightly lower. {@link
 * #gcLogMax} reads the before-collection figure from the JVM's own {@code -Xlog:gc} lines, as a
 * cross-check. The occupancy counts garbage not yet collected, so it grows with the heap the JVM
 * may use; {@link #afterCollectionBytes} is the nearer figure for the data the run keeps.
 */
final class HeapPeak implements AutoCloseable {

  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong afterCollection = new AtomicLong(-1);
  private final List<NotificationEmitter> emitters;
  private final NotificationListener listener = (notification, handback) -> record(notification);

  private HeapPeak(List<NotificationEmitter> emitters) {
    this.emitters = emitters;
  }

  /** Starts listening to every collector of this JVM. */
  static HeapPeak start() {
    List<NotificationEmitter> emitters =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance)
            .map(NotificationEmitter.class::cast)
            .toList();
    HeapPeak peak = new HeapPeak(emitters);
    for (NotificationEmitter e : emitters) {
      e.addNotificationListener(peak.listener, null, null);
    }
    peak.observeNow();
    return peak;
  }

  private void record(javax.management.Notification notification) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    afterCollection.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  /** Sums the heap pools of a usage-by-pool map (non-heap pools are left out). */
  private static long heapUsed(Map<String, MemoryUsage> byPool) {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = byPool.get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && u != null) {
        used += u.getUsed();
      }
    }
    return used;
  }

  /** Counts the heap in use right now as a candidate peak. */
  void observeNow() {
    peak.accumulateAndGet(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
  }

  /** The peak so far, in bytes. */
  long peakBytes() {
    observeNow();
    return peak.get();
  }

  /**
   * The largest heap left in use after a collection, in bytes, or -1 before the first collection:
   * the figure nearest to the live data (a young collection leaves the old generation's garbage).
   */
  long afterCollectionBytes() {
    return afterCollection.get();
  }

  /** Total time the collectors of this JVM have spent, in milliseconds. */
  static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // Already gone: nothing to undo.
      }
    }
  }

  // "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 2047M->1034M(4096M) 12.345ms"
  private static final Pattern TRANSITION =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)([KMG])->(\\d+(?:\\.\\d+)?)([KMG])\\(\\d+(?:\\.\\d+)?[KMG]\\)");

  /**
   * The largest heap occupancy before a collection in a {@code -Xlog:gc} file (the left side of
   * {@code 2047M->1034M(4096M)}), in bytes; -1 if the file has no such line or cannot be read.
   */
  static long gcLogMax(Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log);
    } catch (IOException e) {
      return -1;
    }
    return gcLogMax(lines);
  }

  static long gcLogMax(List<String> lines) {
    long max = -1;
    for (String line : lines) {
      Matcher m = TRANSITION.matcher(line);
      while (m.find()) {
        max = Math.max(max, bytes(m.group(1), m.group(2)));
      }
    }
    return max;
  }

  private static long bytes(String value, String unit) {
    double v = Double.parseDouble(value);
    long scale =
        switch (unit) {
          case "K" -> 1L << 10;
          case "M" -> 1L << 20;
          default -> 1L << 30;
        };
    return Math.round(v * scale);
  }
}
