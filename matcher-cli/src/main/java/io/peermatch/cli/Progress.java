package io.peermatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for work that takes more than a second: the command's phases
 * (reading, preparing candidates, each strategy, evaluating, writing), each worth the same share of
 * the bar, and within a phase whatever finer progress is known ({@link #within}; the library's
 * progress listener plugs in there). Nothing at all is drawn when standard error is not a terminal
 * or with {@code --quiet}: {@link #OFF} then stands in, so that commands call it unconditionally.
 *
 * <p>When the library reports its own progress (a listener on {@code MatchOptions}), a command
 * passes it through in one line where it builds its options, for example {@code
 * options.withProgress((phase, fraction) -> progress.within(fraction))}: the bar then moves inside
 * the phase instead of jumping from one phase to the next. The library's fraction starts again at 0
 * in each of its own phases ({@code compile}, {@code candidates}, the strategy's name, {@code
 * assemble}), so a command passes on only the library phase that matches its current one.
 *
 * <p>Thread-safe: the library may report from its worker threads.
 */
class Progress implements AutoCloseable {

  /** Draws nothing. */
  static final Progress OFF = new Progress();

  private static final long TICKS_PER_PHASE = 1000;
  private static final long DELAY_MILLIS = 1000;

  /**
   * How long a bar waits before it draws (a command that ends sooner draws nothing); tests of a
   * whole command set it to 0, so that what they check does not depend on the machine's speed.
   */
  static volatile long delayMillis = DELAY_MILLIS;

  private Progress() {}

  /**
   * Progress of {@code task} over {@code phases} phases on {@code terminal} (a terminal's stream,
   * or null for none).
   */
  static Progress start(String task, int phases, PrintStream terminal) {
    return terminal == null ? OFF : new Bar(task, phases, terminal);
  }

  /** Changes the number of phases, once the command knows it better. */
  void phases(int phases) {}

  /** Begins the next phase, named as the bar shows it ("reading", "max-weight", ...). */
  void phase(String name) {}

  /** Progress within the current phase, from 0 to 1. */
  void within(double fraction) {}

  /** Removes the bar, if one was drawn. */
  @Override
  public void close() {}

  /** The real bar, drawn from one second after the start. */
  private static final class Bar extends Progress {
    private final String task;
    private long max;
    private final PrintStream terminal;
    private final ScheduledExecutorService timer;
    private ProgressBar bar;
    private int phase = -1;
    private String phaseName = "";
    private long ticks;
    private boolean closed;

    Bar(String task, int phases, PrintStream terminal) {
      this.task = task;
      this.max = Math.max(1, phases) * TICKS_PER_PHASE;
      this.terminal = terminal;
      this.timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "peermatch-progress");
                t.setDaemon(true);
                return t;
              });
      timer.schedule(this::show, delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void show() {
      if (closed || bar != null) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(max)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .continuousUpdate()
              .hideEta()
              .setUnit(" phases", TICKS_PER_PHASE)
              .clearDisplayOnFinish()
              .setConsumer(new ConsoleProgressBarConsumer(terminal, width()))
              .build();
      bar.stepTo(ticks);
      bar.setExtraMessage(phaseName);
    }

    @Override
    synchronized void phases(int phases) {
      max = Math.max(1, phases) * TICKS_PER_PHASE;
      if (bar != null) {
        bar.maxHint(max);
      }
    }

    @Override
    synchronized void phase(String name) {
      phase++;
      phaseName = name;
      ticks = Math.min(max, phase * TICKS_PER_PHASE);
      if (bar != null) {
        bar.stepTo(ticks);
        bar.setExtraMessage(name);
      }
    }

    @Override
    synchronized void within(double fraction) {
      double f = Math.max(0.0, Math.min(1.0, fraction));
      long at = Math.min(max, Math.max(0, phase) * TICKS_PER_PHASE + (long) (f * TICKS_PER_PHASE));
      ticks = Math.max(ticks, at);
      if (bar != null) {
        bar.stepTo(ticks);
      }
    }

    @Override
    public synchronized void close() {
      closed = true;
      timer.shutdownNow();
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  /** The terminal's width from {@code COLUMNS}, else 80, and never more than 100. */
  private static int width() {
    try {
      String columns = System.getenv("COLUMNS");
      if (columns != null) {
        return Math.max(40, Math.min(100, Integer.parseInt(columns.trim())));
      }
    } catch (NumberFormatException e) {
      // fall through to the default
    }
    return 80;
  }

  /**
   * Whether this process's standard error is a terminal (Java 17 cannot ask directly): on Linux by
   * where {@code /proc/self/fd/2} points, elsewhere on Unix by {@code test -t 2}, on Windows by
   * whether there is a console.
   */
  static boolean stderrIsTerminal() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return System.console() != null;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    try {
      Process test =
          new ProcessBuilder("test", "-t", "2")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return test.waitFor(2, TimeUnit.SECONDS) && test.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
