package io.peermatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of an input file, as every reader of the command takes it: UTF-8 and nothing else (a
 * byte that is not UTF-8 is an error naming the line and the byte offset), a leading byte-order
 * mark dropped (Excel's "CSV UTF-8" writes one), and at most {@link #MAX_BYTES} bytes (checked
 * before reading when the size is known, and while reading otherwise).
 *
 * <p>It also knows on which physical line each character is, so that CSV errors name the line in
 * the file (not the record number): {@link #lineAt(long)}. Only the lines read ahead of the last
 * question are remembered, so memory does not grow with the file.
 */
final class InputText extends Reader {

  /** The largest input file the command reads: 1 GiB. */
  static final long MAX_BYTES = 1L << 30;

  private final InputStream in;
  private final String name;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
  private final boolean trackLines;

  /** The longest line, in characters; see {@link #limitLines}. */
  private long maxLine = Long.MAX_VALUE;

  /** Bytes read from the stream so far, and bytes before {@code bytes}' start. */
  private long bytesRead;

  private long bytesBefore;
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;

  /** Characters decoded so far (after the byte-order mark), and line breaks among them. */
  private long decoded;

  private long linesDecoded;
  private boolean lastWasCr;
  private int segmentLength;

  /**
   * Line breaks decoded but not yet passed by {@link #lineAt}: the position of each break, and
   * whether the line it ends is empty.
   */
  private long[] breaks = new long[64];

  private boolean[] emptyLine = new boolean[64];
  private int head;
  private int tail;
  private long linesPassed;

  private InputText(InputStream in, String name, boolean trackLines) {
    this.in = in;
    this.name = name;
    this.trackLines = trackLines;
  }

  /**
   * Opens {@code file}; a missing or unreadable file, a directory or a file above {@link
   * #MAX_BYTES} is bad input naming the file.
   *
   * @param trackLines whether {@link #lineAt} will be asked (CSV)
   */
  static InputText open(Path file, boolean trackLines) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(name + ": is a directory, not a file");
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw tooLarge(name);
      }
      return new InputText(Files.newInputStream(file), name, trackLines);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException(name + ": cannot read: permission denied");
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses lines longer than {@code max} characters from now on: a CSV parser holds a whole field
   * in memory, so one endless line would fill the heap long before the size limit. (JSON is often
   * one long line, and has its own limit on strings.)
   */
  void limitLines(long max) {
    maxLine = max;
  }

  /** Reads the whole of {@code file} as a string, with the same checks. */
  static String readString(Path file) {
    try (InputText text = open(file, false)) {
      StringBuilder sb = new StringBuilder();
      char[] buffer = new char[1 << 14];
      int n;
      while ((n = text.read(buffer, 0, buffer.length)) >= 0) {
        sb.append(buffer, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static IllegalArgumentException tooLarge(String name) {
    return new IllegalArgumentException(
        name
            + ": larger than the limit of "
            + MAX_BYTES
            + " bytes (1 GiB) for an input file; split the problem (see the README's limits)");
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /**
   * The first character that is not white space among those decoded next, without consuming
   * anything, or -1 if there is none in the first buffer of text: how a people file without a
   * telling extension is recognised as JSON, on a pipe as well as on a file (a pipe can be read
   * once only, so the reader that looks is the reader that parses).
   */
  int peekNonWhitespace() throws IOException {
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    for (int i = chars.position(); i < chars.limit(); i++) {
      char c = chars.get(i);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return -1;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !flushed) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        throw notUtf8(bytesBefore + bytes.position());
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        if (decoder.flush(chars).isError()) {
          throw notUtf8(bytesBefore + bytes.position());
        }
        flushed = true;
      } else {
        readMore();
      }
    }
    chars.flip();
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    scan();
    return chars.hasRemaining() || (!flushed && fill());
  }

  /** Reads more bytes after those not decoded yet (the start of a character split by a read). */
  private void readMore() throws IOException {
    bytes.compact();
    bytesBefore = bytesRead - bytes.position();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      count(n);
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void count(int n) {
    bytesRead += n;
    if (bytesRead > MAX_BYTES) {
      throw tooLarge(name);
    }
  }

  /** Counts the line breaks of the characters just decoded: CR, LF and CR LF each end a line. */
  private void scan() {
    for (int i = chars.position(); i < chars.limit(); i++) {
      char c = chars.get(i);
      long position = decoded + (i - chars.position());
      if (c == '\n' && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = c == '\r';
      if (c == '\0') {
        // NUL is valid UTF-8 but never text: UTF-16 without a byte-order mark, a binary file, or
        // /dev/zero (whose one endless line would otherwise fill the heap).
        throw new IllegalArgumentException(
            name
                + " line "
                + (linesDecoded + 1)
                + ": a NUL character; not a text file (UTF-16, or binary?): save it as UTF-8");
      }
      if (c == '\n' || c == '\r') {
        linesDecoded++;
        if (trackLines) {
          push(position, segmentLength == 0);
        }
        segmentLength = 0;
      } else if (++segmentLength > maxLine) {
        throw new IllegalArgumentException(
            name
                + " line "
                + (linesDecoded + 1)
                + ": longer than "
                + maxLine
                + " characters, the most a line may have");
      }
    }
    decoded += chars.remaining();
  }

  private void push(long position, boolean empty) {
    if (tail == breaks.length) {
      if (head > breaks.length / 2) {
        System.arraycopy(breaks, head, breaks, 0, tail - head);
        System.arraycopy(emptyLine, head, emptyLine, 0, tail - head);
        tail -= head;
        head = 0;
      } else {
        breaks = Arrays.copyOf(breaks, breaks.length * 2);
        emptyLine = Arrays.copyOf(emptyLine, emptyLine.length * 2);
      }
    }
    breaks[tail] = position;
    emptyLine[tail] = empty;
    tail++;
  }

  /**
   * The 1-based physical line of the record that the CSV parser reports at character {@code
   * position}: the line of that character, past any empty lines the parser skipped before the
   * record. Positions must not decrease from one call to the next.
   */
  long lineAt(long position) {
    while (head < tail && breaks[head] < position) {
      head++;
      linesPassed++;
    }
    long line = linesPassed + 1;
    // The parser reports a record from where it started looking, before the empty lines it skips.
    int k = head;
    while (k < tail && emptyLine[k]) {
      k++;
      line++;
    }
    return line;
  }

  private IllegalArgumentException notUtf8(long byteOffset) {
    long line = linesDecoded + 1;
    // Count the breaks among characters decoded in this buffer but not yet scanned.
    boolean cr = lastWasCr;
    for (int i = 0; i < chars.position(); i++) {
      char c = chars.get(i);
      if (c == '\n' && cr) {
        cr = false;
        continue;
      }
      cr = c == '\r';
      if (c == '\n' || c == '\r') {
        line++;
      }
    }
    return new IllegalArgumentException(
        name
            + " line "
            + line
            + ": not UTF-8 (byte offset "
            + byteOffset
            + "); save the file as UTF-8 (in Excel: CSV UTF-8)");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
