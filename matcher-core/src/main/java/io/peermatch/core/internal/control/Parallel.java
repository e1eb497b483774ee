package io.peermatch.core.internal.control;

import io.peermatch.api.MatchingCancelledException;
import io.peermatch.core.kernel.SolveControl;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A loop over chunks {@code 0 .. chunks-1}, run by the calling thread and by helper tasks on the
 * solve's executor (or on threads of its own, shut down before it returns), each chunk claimed by
 * one worker. The calling thread always takes part, so a helper that never gets a thread only means
 * less parallelism, never a hang.
 *
 * <p>Progress (the fraction of chunks done) is reported by the calling thread only.
 *
 * <p>Stopping: an interrupt of the calling thread, the deadline, an interrupt of a helper thread or
 * a failure in any chunk sets one flag that every worker polls ({@link Stop#poll()}) between small
 * steps of its chunk; the chunks nobody has claimed are dropped; the caller then waits until every
 * claimed chunk has returned, shuts its own threads down, and throws: the failure, or a {@link
 * MatchingCancelledException}. When it returns or throws, no worker of the loop is running any
 * more.
 */
public final class Parallel {

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private Parallel() {}

  /** A worker: runs one chunk at a time, polling the stop flag between small steps. */
  public interface Worker {
    /**
     * Processes chunk {@code index}; returns early (any state) once {@code stop.poll()} says so.
     */
    void chunk(int index, Stop stop);
  }

  /**
   * Runs every chunk. Each thread that takes part gets its own worker from {@code workers} when it
   * claims its first chunk.
   *
   * @param chunks the number of chunks
   * @param threads the threads that take part, the calling one included (at least 1)
   * @param control the deadline, progress listener (fraction of chunks done) and executor
   * @param phase the phase name for progress and for the exception
   * @param workers makes a worker with its own scratch space
   * @throws MatchingCancelledException on an interrupt or the deadline
   */
  public static void forEach(
      int chunks, int threads, SolveControl control, String phase, Supplier<Worker> workers) {
    Stop stop = new Stop(chunks, control, phase);
    control.check(phase);
    int helpers = Math.max(0, Math.min(threads - 1, chunks - 1));
    ExecutorService own = null;
    try {
      if (helpers > 0) {
        Executor executor = control.executor().orElse(null);
        if (executor == null) {
          own = Executors.newFixedThreadPool(helpers, Parallel::daemon);
          executor = own;
        }
        for (int h = 0; h < helpers; h++) {
          try {
            executor.execute(() -> stop.help(workers));
          } catch (RejectedExecutionException e) {
            break; // the calling thread does the rest
          }
        }
      }
      stop.work(workers);
      stop.awaitClaimed();
      stop.reportAll();
    } finally {
      stop.closeHelpers();
      if (own != null) {
        shutDown(own);
      }
    }
    stop.throwIfStopped();
  }

  private static void shutDown(ExecutorService own) {
    own.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (own.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "peermatch-worker-" + THREAD_NUMBER.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  /** The shared state of one loop: the next chunk, the stop flag, the failure, the count done. */
  public static final class Stop {
    private final int chunks;
    private final SolveControl control;
    private final String phase;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final CountDownLatch claimedDone;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread caller = Thread.currentThread();
    private volatile boolean requested;
    private final Object gate = new Object();
    private boolean closed; // guarded by gate
    private int helping; // guarded by gate
    private int reported;

    private Stop(int chunks, SolveControl control, String phase) {
      this.chunks = chunks;
      this.control = control;
      this.phase = phase;
      this.claimedDone = new CountDownLatch(chunks);
    }

    /**
     * Whether the loop must stop: the flag is set, or this thread is interrupted, or the deadline
     * has passed (either of which sets the flag). Costs a clock read; call it every few dozen small
     * steps.
     */
    public boolean poll() {
      if (requested) {
        return true;
      }
      if (Thread.currentThread().isInterrupted() || control.deadlinePassed()) {
        request();
        return true;
      }
      return false;
    }

    /**
     * A helper task: works unless the caller has already returned (a helper that got its thread
     * late, on a busy executor, then does nothing), and counts itself while it works so that the
     * caller can wait for it to leave.
     */
    private void help(Supplier<Worker> workers) {
      synchronized (gate) {
        if (closed) {
          return;
        }
        helping++;
      }
      try {
        work(workers);
      } finally {
        synchronized (gate) {
          if (--helping == 0) {
            gate.notifyAll();
          }
        }
      }
    }

    /**
     * Called by the caller once every claimed chunk is done: no helper starts after this, and the
     * ones still leaving {@link #work} (they have no chunk left) are waited for, so that none runs
     * code of this loop after the call returns.
     */
    private void closeHelpers() {
      boolean interrupted = false;
      synchronized (gate) {
        closed = true;
        while (helping > 0) {
          try {
            gate.wait();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private void request() {
      requested = true;
      // Drop the chunks nobody has claimed, so that the caller waits only for running ones.
      while (next.getAndIncrement() < chunks) {
        claimedDone.countDown();
      }
    }

    private void work(Supplier<Worker> workers) {
      Worker worker = null;
      for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
        try {
          if (!poll()) {
            if (worker == null) {
              worker = workers.get();
            }
            worker.chunk(k, this);
            int done = completed.incrementAndGet();
            // Only the calling thread reports: a listener then never runs on the application's
            // executor, and one that is slow (or waits for an interrupt) holds up the caller, which
            // an interrupt reaches, and not a helper, which the caller would wait for.
            if (!requested && Thread.currentThread() == caller) {
              report(done);
            }
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          request();
        } finally {
          claimedDone.countDown();
        }
      }
    }

    /** The chunks the helpers finished after the caller's last report; 1 when none stopped. */
    private void reportAll() {
      if (!requested) {
        report(completed.get());
      }
    }

    private void report(int done) {
      if (!control.reportsProgress()) {
        return;
      }
      synchronized (this) {
        if (done > reported) {
          reported = done;
          control.progress(phase, (double) done / chunks);
        }
      }
    }

    private void awaitClaimed() {
      boolean interrupted = false;
      while (true) {
        try {
          claimedDone.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          request();
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private void throwIfStopped() {
      Throwable t = failure.get();
      if (t instanceof MatchingCancelledException mce) {
        throw new MatchingCancelledException(mce.reason(), mce.phase());
      } else if (t instanceof RuntimeException re) {
        throw re;
      } else if (t instanceof Error error) {
        throw error;
      } else if (t != null) {
        throw new IllegalStateException(t);
      }
      if (!requested) {
        return;
      }
      boolean deadline = !caller.isInterrupted() && control.deadlinePassed();
      throw new MatchingCancelledException(
          deadline
              ? MatchingCancelledException.Reason.DEADLINE
              : MatchingCancelledException.Reason.INTERRUPTED,
          phase);
    }
  }
}
