package io.peermatch.cli;

/**
 * Values as error messages show them: short (a 10 MB cell must not become a 10 MB line on standard
 * error) and printable (a control character in a file must not drive the terminal).
 */
final class Texts {

  /** The most characters of one value an error message shows. */
  static final int VALUE_LIMIT = 60;

  /** The most characters of a whole error message. */
  static final int MESSAGE_LIMIT = 400;

  /**
   * A number as people and spreadsheets write it: digits, an optional point and fraction, an
   * optional exponent. Java's own syntax beyond that ({@code 0x1p3}, {@code 3f}, {@code 2d}) is
   * refused, since no other program reads those cells as the same number.
   */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Texts() {}

  /**
   * Fails if the id {@code id} holds a control character (NUL, a line break, a tab, an escape):
   * such an id is a damaged file (a UTF-16 file read in part, a stray quote) far more often than a
   * name, and it would reach every output and terminal.
   */
  static void requireNoControl(String id, String where) {
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new IllegalArgumentException(
            where
                + "id '"
                + shorten(id)
                + "' contains a control character (U+"
                + String.format(java.util.Locale.ROOT, "%04X", (int) id.charAt(i))
                + "); ids are printable text");
      }
    }
  }

  /** Whether {@code text} (trimmed) is a plain decimal number; see {@link #DECIMAL}. */
  static boolean isDecimal(String text) {
    return DECIMAL.matcher(text.strip()).matches();
  }

  /** {@code value} cut to {@link #VALUE_LIMIT} characters with an ellipsis, made printable. */
  static String shorten(String value) {
    return shorten(value, VALUE_LIMIT);
  }

  /** {@code value} cut to {@code limit} characters with an ellipsis, made printable. */
  static String shorten(String value, int limit) {
    if (value == null) {
      return "null";
    }
    String cut =
        value.length() <= limit
            ? value
            : value.substring(
                    0, limit - (Character.isHighSurrogate(value.charAt(limit - 1)) ? 1 : 0))
                + "…";
    return printable(cut);
  }

  /**
   * {@code text} on one line with every control character shown as an escape ({@code \n}, {@code
   * \t}, {@code \u001b}): nothing in a message can break the line or reach the terminal as a
   * command.
   */
  static String printable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = null;
      if (c == '\n') {
        escape = "\\n";
      } else if (c == '\r') {
        escape = "\\r";
      } else if (c == '\t') {
        escape = "\\t";
      } else if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || Character.getType(c) == Character.FORMAT && c != '\u200d') {
        escape = String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
      }
      if (escape != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (escape != null) {
          sb.append(escape);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}
