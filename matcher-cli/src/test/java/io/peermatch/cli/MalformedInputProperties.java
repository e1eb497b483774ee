package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzing every reader of the command (issue 15): a valid file of each kind, edited by jqwik (bytes
 * inserted, deleted, replaced, chunks repeated, the file cut, tokens that parsers trip on), is
 * either read (exit 0) or refused as bad input: exit 2 and one line on standard error that names
 * the file. Never an internal error, a stack trace or another exception.
 */
class MalformedInputProperties {

  /** A reader: a valid file, its extension, and the command line that reads it. */
  private record Reader(
      String name, String valid, String extension, Function<Path, String[]> args) {}

  private static final String PEOPLE_CSV =
      """
      id,role,department,team,capacity,offers,seeks
      ana,mentor,eng,t1,2,go:0.9;sql:0.4,sql:0.5
      ben,mentor,eng,t2,1,sql:0.8,go:0.6
      cai,mentee,ops,t3,1,kubernetes:0.5,go:0.8
      "dee",mentee,"ops, west",t4,1,go:0.3,kubernetes:0.7
      """;

  private static final String PEOPLE_JSON =
      """
      {"people": [
        {"id": "ana", "role": "mentor", "team": "t1", "capacity": 2,
         "offers": {"go": 0.9}, "seeks": {"sql": 0.5}},
        {"id": "cai", "role": "mentee", "team": "t3", "offers": {"sql": 0.5},
         "seeks": {"go": 0.8}, "tenure": 13.0}
      ]}
      """;

  private static final String HISTORY =
      """
      round,first,second,third
      1,ana,cai,
      2,ben,dee,ana
      """;

  private static final String RULES =
      """
      pinned:
        - [ana, cai]
      forbidden:
        - [ben, dee]
      skip: []
      different: [department]
      prefer:
        - {different: department, bonus: 0.1}
      """;

  private static final String RULES_JSON =
      """
      {"forbidden": [["ben", "dee"]], "same": ["team"], "min_score": 0.01}
      """;

  private static final String EDGES =
      "left,right,weight\nana,x,3\nana,y,2.5\nben,x,-1\ncai,y,1e3\n";

  private static final String POOL_EDGES = "u,v,weight\na,b,1\nb,c,2\nc,a,0.5\n";

  private static final String MARRIAGE =
      """
      {
        "left": {"ana": ["x", "y"], "ben": ["x"], "cai": ["y", "x"]},
        "right": {"x": ["cai", "ana", "ben"], "y": ["ana", "cai"]},
        "capacities": {"x": 2}
      }
      """;

  private static final String ROOMMATES =
      """
      {"pool": {"a": ["b", "c"], "b": ["c", "a"], "c": ["a", "b"]}}
      """;

  /** The people file the readers of history and rules read with. */
  private static Path peopleFile(Path dir) {
    Path file = dir.resolve("people.csv");
    try {
      Files.writeString(file, PEOPLE_CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static final List<Reader> READERS =
      List.of(
          new Reader(
              "people csv",
              PEOPLE_CSV,
              ".csv",
              f -> new String[] {"match", "--input", f.toString(), "--format", "csv", "--quiet"}),
          new Reader(
              "people json",
              PEOPLE_JSON,
              ".json",
              f -> new String[] {"match", "--input", f.toString(), "--format", "csv", "--quiet"}),
          new Reader(
              "history csv",
              HISTORY,
              ".csv",
              f ->
                  new String[] {
                    "rounds",
                    "--input",
                    peopleFile(f.getParent()).toString(),
                    "--history",
                    f.toString(),
                    "--quiet"
                  }),
          new Reader(
              "rules yaml",
              RULES,
              ".yaml",
              f ->
                  new String[] {
                    "match",
                    "--input",
                    peopleFile(f.getParent()).toString(),
                    "--rules",
                    f.toString(),
                    "--quiet"
                  }),
          new Reader(
              "rules json",
              RULES_JSON,
              ".json",
              f ->
                  new String[] {
                    "match",
                    "--input",
                    peopleFile(f.getParent()).toString(),
                    "--rules",
                    f.toString(),
                    "--quiet"
                  }),
          new Reader(
              "edge list",
              EDGES,
              ".csv",
              f ->
                  new String[] {
                    "solve",
                    "--input",
                    f.toString(),
                    "--problem",
                    "assignment",
                    "--strategy",
                    "auction"
                  }),
          new Reader(
              "pool edge list",
              POOL_EDGES,
              ".csv",
              f ->
                  new String[] {
                    "solve",
                    "--input",
                    f.toString(),
                    "--problem",
                    "general",
                    "--strategy",
                    "max-weight"
                  }),
          new Reader(
              "marriage json",
              MARRIAGE,
              ".json",
              f ->
                  new String[] {
                    "solve",
                    "--input",
                    f.toString(),
                    "--problem",
                    "marriage",
                    "--strategy",
                    "balanced-stable"
                  }),
          new Reader(
              "roommates json",
              ROOMMATES,
              ".json",
              f ->
                  new String[] {
                    "solve",
                    "--input",
                    f.toString(),
                    "--problem",
                    "roommates",
                    "--strategy",
                    "stable-roommates"
                  }));

  /** Tokens that parsers trip on. */
  private static final byte[][] TOKENS = {
    bytes("\""),
    bytes(","),
    bytes("\n"),
    bytes("\r"),
    bytes("{"),
    bytes("}"),
    bytes("["),
    bytes("]"),
    bytes(":"),
    bytes("\uFEFF"),
    bytes("\u0000"),
    bytes("1e999"),
    bytes("-0"),
    bytes("=1+1"),
    bytes("NaN"),
    bytes("99999999999999999999"),
    bytes("2147483647"),
    bytes("  "),
    bytes("null"),
    bytes("\"\""),
    bytes("\\u"),
    bytes("&a *a"),
    bytes("- "),
    new byte[] {(byte) 0xE9},
    new byte[] {(byte) 0xFF, (byte) 0xFE},
    new byte[] {(byte) 0xC3},
  };

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** One edit: what, where (scaled to the file), and with which byte or token. */
  record Edit(int kind, int where, int what) {}

  @Provide
  Arbitrary<Edit> edit() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 1 << 20),
            Arbitraries.integers().between(0, 255))
        .as(Edit::new);
  }

  static byte[] apply(byte[] file, List<Edit> edits) {
    List<Byte> b = new ArrayList<>(file.length + 64);
    for (byte x : file) {
      b.add(x);
    }
    for (Edit e : edits) {
      int at = b.isEmpty() ? 0 : e.where() % (b.size() + 1);
      switch (e.kind()) {
        case 0 -> b.add(at, (byte) e.what());
        case 1 -> {
          if (at < b.size()) {
            b.remove(at);
          }
        }
        case 2 -> {
          if (at < b.size()) {
            b.set(at, (byte) e.what());
          }
        }
        case 3 -> {
          int end = Math.min(b.size(), at + 1 + e.what() % 40);
          b.addAll(at, new ArrayList<>(b.subList(at, end)));
        }
        case 4 -> {
          if (e.what() % 4 == 0) {
            b.subList(at, b.size()).clear();
          }
        }
        default -> {
          byte[] token = TOKENS[e.what() % TOKENS.length];
          for (int i = token.length - 1; i >= 0; i--) {
            b.add(at, token[i]);
          }
        }
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }

  @Property(tries = 450, seed = "20261205")
  void everyReader_editedInput_isReadOrRefusedAsBadInput(
      @ForAll @IntRange(min = 0, max = 8) int which,
      @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("edit") Edit> edits)
      throws IOException {
    Reader reader = READERS.get(which);
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path file = dir.resolve("input" + reader.extension());
      Files.write(file, apply(reader.valid().getBytes(StandardCharsets.UTF_8), edits));
      CliRunner.Result r = CliRunner.run(reader.args().apply(file));
      String err = r.err().strip();
      assertThat(r.code()).as("%s: %s", reader.name(), err).isIn(0, 2);
      if (r.code() == 2) {
        assertThat(err.lines().count()).as("one line: %s", err).isEqualTo(1);
        assertThat(err).as(reader.name()).contains(dir.getFileName().toString());
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.length()).isLessThan(600);
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
