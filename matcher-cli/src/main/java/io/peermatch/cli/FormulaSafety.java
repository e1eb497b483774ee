package io.peermatch.cli;

/**
 * Keeps a spreadsheet from running what the command writes: a CSV cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to Excel, LibreOffice
 * and Google Sheets ({@code =HYPERLINK(...)}, {@code +cmd|' /C calc'!A0}). As OWASP recommends,
 * such a text cell is written with a single quote in front, which a spreadsheet shows as text and
 * does not display. Numbers the command writes itself (a negative weight) are numeric columns and
 * stay as they are. {@code --raw-csv} turns this off for programs that read the CSV.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 */
final class FormulaSafety {

  private static final String TRIGGERS = "=+-@\t\r";

  private FormulaSafety() {}

  /** Whether a spreadsheet could read {@code cell} as a formula. */
  static boolean startsFormula(String cell) {
    return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0;
  }

  /** {@code cell} with a quote in front if a spreadsheet could read it as a formula. */
  static String neutralise(String cell) {
    return startsFormula(cell) ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #neutralise}, for reading the command's own output back. */
  static String unquote(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }
}
