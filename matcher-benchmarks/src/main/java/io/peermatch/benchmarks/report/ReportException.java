package io.peermatch.benchmarks.report;

/** Bad input to the report: the message is the one line printed on stderr before exit code 2. */
final class ReportException extends Exception {

  private static final long serialVersionUID = 1L;

  ReportException(String message) {
    super(message);
  }
}
