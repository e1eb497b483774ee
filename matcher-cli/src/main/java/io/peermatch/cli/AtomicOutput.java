package io.peermatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the command's output files, never destroying anything by accident:
 *
 * <ul>
 *   <li>a regular file (or a new one) is written whole or not at all: into a temporary file beside
 *       it, moved into place only when complete, with the permissions of the file it replaces (a
 *       new file gets the umask's, as a shell's {@code >} would); a symbolic link stays a link and
 *       the file it points to is replaced;
 *   <li>{@code -}, {@code /dev/stdout} and the like go to standard output; other special files (a
 *       FIFO, {@code /dev/null}, a terminal) are written directly, as they are;
 *   <li>an output that is one of the command's input files, a directory, a block device, or the
 *       same file as another output of the command is refused before any work ({@link #check}).
 * </ul>
 */
final class AtomicOutput {

  /** What writes the content. */
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** The names under which a process's standard output is a file. */
  private static final Set<String> STDOUT =
      Set.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

  private static final int S_IFMT = 0170000;
  private static final int S_IFBLK = 0060000;

  private AtomicOutput() {}

  /** Option → path pairs, in order, nulls allowed: {@code named("--input", file, ...)}. */
  static Map<String, Path> named(Object... optionsAndPaths) {
    Map<String, Path> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < optionsAndPaths.length; i += 2) {
      out.put((String) optionsAndPaths[i], (Path) optionsAndPaths[i + 1]);
    }
    return out;
  }

  /** Whether {@code target} means standard output. */
  static boolean isStdout(Path target) {
    return STDOUT.contains(target.toString()) || STDOUT.contains(target.normalize().toString());
  }

  /**
   * Refuses, as bad input, outputs that would destroy something: an output that is the same file as
   * an input, a directory, a block device, two outputs that are the same file, or two outputs that
   * would both go to standard output.
   *
   * @param inputs option → file read by the command (null values are ignored)
   * @param outputs option → file written (null values are ignored)
   * @param stdoutTaken the option whose result goes to standard output when no file is given, or
   *     null
   */
  static void check(Map<String, Path> inputs, Map<String, Path> outputs, String stdoutTaken) {
    List<Map.Entry<String, Path>> seen = new ArrayList<>();
    String toStdout = stdoutTaken;
    for (Map.Entry<String, Path> out : outputs.entrySet()) {
      Path target = out.getValue();
      if (target == null) {
        continue;
      }
      String option = out.getKey();
      if (isStdout(target)) {
        if (toStdout != null) {
          throw new IllegalArgumentException(
              option
                  + " "
                  + target
                  + ": "
                  + toStdout
                  + " already goes to standard output; give one of them a file");
        }
        toStdout = option;
        continue;
      }
      if (Files.isDirectory(target)) {
        throw new IllegalArgumentException(
            option + " " + target + ": is a directory; give a file name");
      }
      if (isBlockDevice(target)) {
        throw new IllegalArgumentException(
            option + " " + target + ": is a block device, not a file the command may write");
      }
      for (Map.Entry<String, Path> in : inputs.entrySet()) {
        if (in.getValue() != null && sameFile(target, in.getValue())) {
          throw new IllegalArgumentException(
              option
                  + " "
                  + target
                  + ": is the input file of "
                  + in.getKey()
                  + "; refusing to overwrite it (write the result to another file)");
        }
      }
      for (Map.Entry<String, Path> other : seen) {
        if (sameFile(target, other.getValue())) {
          throw new IllegalArgumentException(
              option
                  + " "
                  + target
                  + ": is the same file as "
                  + other.getKey()
                  + " "
                  + other.getValue()
                  + "; give each output its own file");
        }
      }
      seen.add(out);
    }
  }

  /** Whether two paths name one file: the same real path, or (existing) the same inode. */
  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isBlockDevice(Path target) {
    try {
      Object mode = Files.getAttribute(target, "unix:mode");
      return mode instanceof Integer m && (m & S_IFMT) == S_IFBLK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Writes {@code content} to {@code target}: standard output for {@code -} and its aliases,
   * directly for a special file, all or nothing for a regular file.
   *
   * @param stdout the command's standard output
   */
  static void write(Path target, PrintWriter stdout, Content content) {
    if (isStdout(target)) {
      try {
        content.writeTo(stdout);
      } catch (IOException e) {
        throw new UncheckedIOException("standard output: cannot write: " + e.getMessage(), e);
      }
      stdout.flush();
      return;
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      if (Files.isDirectory(target) || isBlockDevice(target)) {
        throw new IllegalArgumentException(target + ": not a file the command may write");
      }
      writeDirectly(target, content);
      return;
    }
    writeAtomically(target, content);
  }

  /** A FIFO, a character device, a socket: written as it is, as a shell's {@code >} would. */
  private static void writeDirectly(Path target, Content content) {
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(target, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
      content.writeTo(w);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + reason(e), e);
    }
  }

  private static void writeAtomically(Path target, Content content) {
    Path real;
    PosixFileAttributes replaced = null;
    try {
      // A link stays a link: the file it points to is the one replaced (or created, for a link
      // to a file that does not exist yet).
      real = resolveLinks(target);
      if (Files.exists(real)) {
        if (!Files.isWritable(real)) {
          throw new IllegalArgumentException(target + ": cannot write: permission denied");
        }
        replaced = posix(real);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + reason(e), e);
    }
    Path dir = real.getParent();
    Path tmp = null;
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      tmp = temporaryBeside(real);
      try (Writer w =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(tmp, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
        content.writeTo(w);
      }
      if (replaced != null) {
        keepAttributes(tmp, replaced);
      }
      try {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + reason(e), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and harmless
        }
      }
    }
  }

  /** The file that writing to {@code target} reaches: links followed, even to a missing file. */
  private static Path resolveLinks(Path target) throws IOException {
    Path path = target.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(path); hops++) {
      if (hops > 40) {
        throw new IllegalArgumentException(target + ": too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(path);
      Path parent = path.getParent();
      path = parent == null ? link.toAbsolutePath() : parent.resolve(link).normalize();
    }
    return Files.exists(path) ? path.toRealPath() : path;
  }

  /**
   * A new empty file beside {@code real}, created as a shell would create the output itself: with
   * the permissions of the umask ({@code Files.createTempFile} would make it private, 0600).
   */
  private static Path temporaryBeside(Path real) throws IOException {
    Path dir = real.getParent();
    String base = "." + real.getFileName();
    for (int attempt = 0; ; attempt++) {
      String name =
          base + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp";
      Path tmp = dir == null ? Path.of(name) : dir.resolve(name);
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static PosixFileAttributes posix(Path file) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return view == null ? null : view.readAttributes();
  }

  /** The replaced file's permissions, and its owner and group where the process may set them. */
  private static void keepAttributes(Path tmp, PosixFileAttributes replaced) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(replaced.group())) {
        view.setGroup(replaced.group());
      }
      if (!now.owner().equals(replaced.owner())) {
        view.setOwner(replaced.owner());
      }
    } catch (IOException | SecurityException e) {
      // Only the owner's own permission bits matter from here: another user's file written by
      // this user becomes this user's, as with any editor that saves by renaming.
    }
    view.setPermissions(replaced.permissions());
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
