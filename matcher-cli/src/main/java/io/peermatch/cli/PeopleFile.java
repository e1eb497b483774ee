package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a people file, CSV or JSON (by its extension, else by its first character), into
 * participants. Both formats go through {@link #participant}: the same columns, the same aliases
 * ({@link PeopleColumns}), the same checks, and errors that name the file, the line and the value.
 */
final class PeopleFile {

  /** The columns every people file must have (under their own name or an alias). */
  static final List<String> REQUIRED = List.of("id", "offers", "seeks");

  /** The values a {@code role} may take, in lower case. */
  static final List<String> ROLES = List.of("mentor", "mentee");

  private PeopleFile() {}

  /**
   * One person's fields: the attribute names (distinct) and their values, in the same order (a CSV
   * row's cells as they are, without a map per row), and where they were read, for error messages:
   * the file, the line, and for JSON the path of the object ({@code line 3 ($.people[1])}), or
   * null. The place is formatted only for a message: a million rows kept a million strings
   * otherwise.
   */
  record Row(List<String> names, List<String> values, String origin, long line, String path) {
    String place() {
      return place(line, path);
    }

    String where() {
      return origin + " " + place();
    }

    static String place(long line, String path) {
      return "line " + line + (path == null ? "" : " (" + path + ")");
    }
  }

  /**
   * Reads {@code file}, CSV or JSON: by its extension, else by its first character ({@code [} or
   * {@code {} is JSON), looked at through the reader that then parses it, so that a pipe ({@code
   * <(...)}, {@code /dev/stdin}) works too.
   */
  static List<Participant> read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return PeopleJson.read(file);
    }
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return PeopleCsv.read(file);
    }
    try (InputText text = InputText.open(file, true)) {
      int c = text.peekNonWhitespace();
      return c == '[' || c == '{'
          ? PeopleJson.read(file.toString(), text)
          : CsvInput.read(file.toString(), text, PeopleCsv::read);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Fails naming the first required column that {@code names} lacks. */
  static void requireColumns(List<String> names, String origin, List<String> found) {
    for (String column : REQUIRED) {
      if (!names.contains(column)) {
        throw new IllegalArgumentException(
            origin
                + ": missing column "
                + PeopleColumns.describe(column)
                + "; found: "
                + String.join(",", found));
      }
    }
  }

  /** Fails once a file has more people than {@link Limits#MAX_PEOPLE}. */
  static void requireCount(int people, String origin) {
    if (people > Limits.MAX_PEOPLE) {
      throw new IllegalArgumentException(
          origin + ": more than " + Limits.MAX_PEOPLE + " people, the most the command reads");
    }
  }

  /**
   * Builds participants from rows, in order, failing on a duplicate id with both places. Rows are
   * not kept, and every skill name and attribute value is kept once (a million people from a file
   * share a few hundred skill names and a few thousand departments, teams and places instead of
   * holding ten million copies, a gigabyte of heap, which also made compiling the problem compare
   * strings where it now compares references).
   *
   * <p>Chunks of rows ({@link #addChunk}) become participants on worker threads while the caller
   * reads on: parsing skills and building participants was two thirds of reading a million-line
   * file, on one thread. The result and the errors are those of building them one by one in file
   * order: a chunk stops at its first bad row, and chunks are merged in order, so the first error
   * of the file is the one reported, whichever thread met it. Close it when done (it owns the
   * workers).
   */
  static final class Collector implements AutoCloseable {

    /** Chunks converting or converted but not merged yet, at most (bounds the rows in memory). */
    private static final int IN_FLIGHT = 8;

    private final List<Participant> people = new ArrayList<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    // Where each participant was read (the line, and the JSON path or null), for the message of a
    // duplicate id.
    private long[] lines = new long[1024];
    private String[] paths = new String[1024];
    private final Map<String, String> canonical = new ConcurrentHashMap<>();
    private final ArrayDeque<Future<Converted>> pending = new ArrayDeque<>();
    private ExecutorService workers;

    /** The participants of a chunk of rows, up to the first row that fails, and its error. */
    private record Converted(List<Row> rows, Participant[] people, RuntimeException failure) {}

    /** Adds the participant of {@code row}, now, on this thread. */
    void add(Row row) {
      drain();
      merge(convert(List.of(row)));
    }

    /** Adds the participants of {@code rows}, converted on a worker thread. */
    void addChunk(List<Row> rows) {
      if (workers == null) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        workers = Executors.newFixedThreadPool(threads, Collector::daemon);
      }
      pending.add(workers.submit(() -> convert(rows)));
      while (pending.size() > IN_FLIGHT) {
        merge(take(pending.poll()));
      }
    }

    /**
     * Merges every chunk given so far: a caller that meets an error of its own (a malformed line)
     * calls this first, so that an error on an earlier line is the one reported.
     */
    void drain() {
      while (!pending.isEmpty()) {
        merge(take(pending.poll()));
      }
    }

    /** The participants, in order, once every chunk is merged. */
    List<Participant> people() {
      drain();
      return people;
    }

    @Override
    public void close() {
      if (workers != null) {
        workers.shutdownNow();
      }
    }

    private Converted convert(List<Row> rows) {
      Participant[] converted = new Participant[rows.size()];
      for (int i = 0; i < converted.length; i++) {
        try {
          converted[i] = participant(rows.get(i), canonical);
        } catch (IllegalArgumentException e) {
          return new Converted(rows, Arrays.copyOf(converted, i), e);
        }
      }
      return new Converted(rows, converted, null);
    }

    private void merge(Converted chunk) {
      for (int i = 0; i < chunk.people().length; i++) {
        Participant p = chunk.people()[i];
        Row row = chunk.rows().get(i);
        Integer previous = firstSeen.putIfAbsent(p.id(), people.size());
        if (previous != null) {
          throw new IllegalArgumentException(
              row.where()
                  + ": duplicate participant id '"
                  + Texts.shorten(p.id())
                  + "' (first on "
                  + Row.place(lines[previous], paths[previous])
                  + ")");
        }
        int at = people.size();
        if (at == lines.length) {
          lines = Arrays.copyOf(lines, 2 * at);
          paths = Arrays.copyOf(paths, 2 * at);
        }
        lines[at] = row.line();
        paths[at] = row.path();
        people.add(p);
      }
      if (chunk.failure() != null) {
        throw chunk.failure();
      }
    }

    private static Converted take(Future<Converted> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading people", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private static Thread daemon(Runnable r) {
      Thread t = new Thread(r, "peermatch-reader");
      t.setDaemon(true);
      return t;
    }
  }

  /**
   * One participant: {@code id}, {@code offers} and {@code seeks} (skills as {@code
   * kubernetes:0.8;sql:0.4}), {@code capacity} (default 1), {@code role} in lower case, every other
   * non-empty value an attribute.
   */
  static Participant participant(Row row, Map<String, String> canonical) {
    try {
      List<String> names = row.names();
      List<String> values = row.values();
      int idColumn = names.indexOf("id");
      String id = idColumn < 0 || values.get(idColumn) == null ? "" : values.get(idColumn).strip();
      if (id.isEmpty()) {
        throw new IllegalArgumentException("empty id");
      }
      Texts.requireNoControl(id, "");
      Participant.Builder b = Participant.builder(id);
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        String key = names.get(c);
        String value = values.get(c) == null ? "" : values.get(c).strip();
        switch (key) {
          case "id" -> {}
          case "offers" -> b.offers(SkillVector.parse(value, canonical));
          case "seeks" -> b.seeks(SkillVector.parse(value, canonical));
          case "capacity" -> b.capacity(value.isEmpty() ? 1 : wholeNumber("capacity", value));
          case "role" -> {
            if (!value.isEmpty()) {
              attributes.put(
                  "role", canonical.computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> v));
            }
          }
          default -> {
            if (!value.isEmpty()) {
              attributes.put(key, canonical.computeIfAbsent(value, v -> v));
            }
          }
        }
      }
      return b.attributes(attributes).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          row.where() + ": " + Texts.shorten(e.getMessage(), Texts.MESSAGE_LIMIT / 2), e);
    }
  }

  private static int wholeNumber(String column, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      if (value.matches("\\+?[0-9]{10,}")) {
        throw new IllegalArgumentException(
            column + " must be at most " + Integer.MAX_VALUE + " but was " + Texts.shorten(value));
      }
      throw new IllegalArgumentException(
          column + " is not a whole number: '" + Texts.shorten(value) + "'");
    }
  }
}
