package io.peermatch.core.synthetic;

/**
 * The office locations of the synthetic organisations with their standard-time UTC offsets and
 * their share of head count when no department preference applies.
 */
enum City {
  SAN_FRANCISCO("San Francisco", "UTC-8", 14),
  AUSTIN("Austin", "UTC-6", 6),
  NEW_YORK("New York", "UTC-5", 12),
  TORONTO("Toronto", "UTC-5", 5),
  SAO_PAULO("Sao Paulo", "UTC-3", 4),
  LONDON("London", "UTC+0", 11),
  DUBLIN("Dublin", "UTC+0", 5),
  BERLIN("Berlin", "UTC+1", 8),
  AMSTERDAM("Amsterdam", "UTC+1", 4),
  WARSAW("Warsaw", "UTC+1", 6),
  BANGALORE("Bangalore", "UTC+5:30", 10),
  SINGAPORE("Singapore", "UTC+8", 5),
  TOKYO("Tokyo", "UTC+9", 3),
  SYDNEY("Sydney", "UTC+10", 4);

  final String label;
  final String timezone;
  final double weight;

  City(String label, String timezone, double weight) {
    this.label = label;
    this.timezone = timezone;
    this.weight = weight;
  }
}
