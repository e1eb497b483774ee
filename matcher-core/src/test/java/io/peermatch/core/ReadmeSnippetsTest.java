package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Participant;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fenced {@code java} block of the README, compiled and run exactly as written, so that the
 * snippets can never drift from the library. A snippet is its imports followed by statements; it
 * may use three given lists of {@link Participant}s, {@code mentors}, {@code mentees} and {@code
 * people} (both together), as the README says. Each becomes the body of a method of its own class,
 * compiled with {@code javax.tools} against the test class path, then run.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  static final List<Participant> MENTORS =
      List.of(
          Participant.builder("ana")
              .attribute("team", "core")
              .offers("kubernetes:0.9;go:0.6")
              .build(),
          Participant.builder("ben").attribute("team", "web").offers("css:0.8;sql:0.5").build());

  static final List<Participant> MENTEES =
      List.of(
          Participant.builder("cai").attribute("team", "web").seeks("kubernetes:1;go:0.2").build(),
          Participant.builder("dee").attribute("team", "core").seeks("css:0.9").build(),
          Participant.builder("eve").attribute("team", "web").seeks("go:0.5;sql:0.5").build());

  @TempDir Path classes;

  /** The snippets in README order. */
  static List<String> snippets() throws Exception {
    Path readme = Path.of("..", "README.md");
    assertThat(readme).as("README.md beside the modules").exists();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The compilation unit of snippet {@code i}: its imports, then its statements in a method. */
  static String unit(int i, String snippet) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports
        + "\npublic final class ReadmeSnippet"
        + i
        + " {\n"
        + "  public static void run(\n"
        + "      java.util.List<io.peermatch.api.Participant> mentors,\n"
        + "      java.util.List<io.peermatch.api.Participant> mentees,\n"
        + "      java.util.List<io.peermatch.api.Participant> people)\n"
        + "      throws Exception {\n"
        + body
        + "  }\n}\n";
  }

  @TestFactory
  Stream<DynamicTest> readme_everyJavaSnippet_compilesAndRunsAsWritten() throws Exception {
    List<String> snippets = snippets();
    // The five lines, participants and constraints, tuning, rounds and suggestions, raw kernels.
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      int n = i + 1;
      String snippet = snippets.get(i);
      String firstStatement =
          snippet
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("import "))
              .findFirst()
              .orElse("");
      tests.add(
          DynamicTest.dynamicTest(
              "snippet " + n + ": " + firstStatement.trim(), () -> compileAndRun(n, snippet)));
    }
    return tests.stream();
  }

  private void compileAndRun(int n, String snippet) throws Exception {
    Path dir = Files.createDirectories(classes.resolve("snippet" + n));
    Path source = dir.resolve("ReadmeSnippet" + n + ".java");
    Files.writeString(source, unit(n, snippet), StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  output,
                  files,
                  diagnostics,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      dir.toString(),
                      "-proc:none"),
                  null,
                  files.getJavaFileObjects(source))
              .call();
      assertThat(ok)
          .as(
              "README snippet %d does not compile as written:%n%s%n%s",
              n, diagnostics(diagnostics), snippet)
          .isTrue();
    }
    List<Participant> people = new ArrayList<>(MENTORS);
    people.addAll(MENTEES);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method run =
          loader
              .loadClass("ReadmeSnippet" + n)
              .getMethod("run", List.class, List.class, List.class);
      run.invoke(null, MENTORS, MENTEES, List.copyOf(people));
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          "README snippet " + n + " fails when run:\n" + snippet, e.getCause());
    }
  }

  private static String diagnostics(DiagnosticCollector<JavaFileObject> collector) {
    StringBuilder sb = new StringBuilder();
    collector
        .getDiagnostics()
        .forEach(
            d ->
                sb.append("  line ")
                    .append(d.getLineNumber())
                    .append(": ")
                    .append(d.getMessage(null))
                    .append('\n'));
    return sb.toString();
  }
}
