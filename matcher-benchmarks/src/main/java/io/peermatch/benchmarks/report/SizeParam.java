package io.peermatch.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * The parameter that counts people in a benchmark: the first of a list of names ({@code employees,
 * n, people, size, perSide} unless told otherwise) that the result has with a positive number.
 */
final class SizeParam {

  static final List<String> DEFAULT_NAMES = List.of("employees", "n", "people", "size", "perSide");

  private final List<String> names;

  SizeParam(List<String> names) {
    this.names = List.copyOf(names);
  }

  List<String> names() {
    return names;
  }

  /** The name of the size parameter of these params, or null when none is a positive number. */
  String nameIn(Map<String, String> params) {
    for (String name : names) {
      if (!Double.isNaN(parse(params.get(name)))) {
        return name;
      }
    }
    return null;
  }

  /** The number of people, or NaN when no size parameter is present. */
  double of(Map<String, String> params) {
    String name = nameIn(params);
    return name == null ? Double.NaN : parse(params.get(name));
  }

  private static double parse(String value) {
    if (value == null) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(value.trim());
      return d > 0 && !Double.isInfinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
