package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sealed core: what the module exports, what it requires, and that each export is documented.
 */
class ModuleBoundaryTest {

  private static final Set<String> EXPORTED =
      Set.of(
          "io.peermatch.core",
          "io.peermatch.core.graph",
          "io.peermatch.core.kernel",
          "io.peermatch.core.kernel.bipartite",
          "io.peermatch.core.kernel.general",
          "io.peermatch.core.kernel.grouping",
          "io.peermatch.core.kernel.stable",
          "io.peermatch.core.synthetic");

  /** The directory of the compiled core (other jars on the class path have their own). */
  private static Path classes() throws Exception {
    return Path.of(PeerMatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor descriptor() throws Exception {
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** Every package with a class in the compiled core. */
  private static Set<String> packages() throws Exception {
    Path root = classes();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && f.getParent() != null)
          .filter(f -> !f.getParent().equals(root))
          .map(
              f ->
                  root.relativize(f.getParent())
                      .toString()
                      .replace(java.io.File.separatorChar, '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void module_exportsTheEntryAndResearchPackagesOnly() throws Exception {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("io.peermatch.core");
    Set<String> exported =
        module.exports().stream()
            .peek(e -> assertThat(e.isQualified()).as(e.source()).isFalse())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported).isEqualTo(EXPORTED);
    Set<String> hidden = packages();
    assertThat(hidden).containsAll(EXPORTED);
    hidden.removeAll(EXPORTED);
    assertThat(hidden).isNotEmpty().allMatch(p -> p.startsWith("io.peermatch.core.internal."));
  }

  @Test
  void module_requiresTheApiOnly() throws Exception {
    Set<String> required =
        descriptor().requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(required).containsExactlyInAnyOrder("java.base", "io.peermatch.api");
  }

  @Test
  void everyExportedPackage_hasAPackageInfo() throws Exception {
    Path sources = Path.of("src", "main", "java");
    for (String p : EXPORTED) {
      Path info = sources.resolve(p.replace('.', '/')).resolve("package-info.java");
      assertThat(info).as(p).exists();
    }
    try (Stream<Path> files = Files.walk(sources)) {
      assertThat(files.filter(f -> f.endsWith("package-info.java")).count())
          .isGreaterThanOrEqualTo(EXPORTED.size());
    }
  }
}
