package io.peermatch.core.synthetic;

/**
 * The career levels of the synthetic organisations and what each implies: the share of individual
 * contributors at that level, the weight of becoming a mentor, typical tenure and expertise, and
 * how many skills people offer and seek.
 */
enum Seniority {
  // attribute, IC share, mentor weight, median tenure, mean offer level, offers min and max,
  // seeks min and max, probability that an offer is a leadership or professional skill
  JUNIOR("junior", 0.22, 0.03, 1.2, 0.35, 3, 4, 3, 5, 0.02),
  MID("mid", 0.36, 0.20, 2.5, 0.50, 3, 5, 2, 5, 0.04),
  SENIOR("senior", 0.27, 0.55, 4.0, 0.65, 4, 6, 2, 4, 0.08),
  STAFF("staff", 0.10, 0.80, 5.5, 0.75, 5, 7, 2, 4, 0.14),
  PRINCIPAL("principal", 0.05, 0.90, 7.0, 0.85, 6, 8, 2, 3, 0.16),
  DIRECTOR("director", 0.0, 0.75, 6.0, 0.75, 5, 7, 2, 4, 0.45),
  VP("vp", 0.0, 0.60, 6.5, 0.80, 5, 8, 2, 3, 0.50),
  EXECUTIVE("executive", 0.0, 0.50, 9.0, 0.85, 6, 8, 2, 3, 0.55);

  final String attribute;

  /** Share of this level among individual contributors (the pyramid). */
  final double icShare;

  /** Relative weight of being a mentor, scaled so the organisation hits its mentor share. */
  final double mentorWeight;

  /** Median tenure in years. */
  final double medianTenure;

  /** Mean level of an offered skill. */
  final double offerLevel;

  final int minOffers;
  final int maxOffers;
  final int minSeeks;
  final int maxSeeks;

  /** Probability that an offered skill comes from leadership (first-line managers get more). */
  final double leadershipOffer;

  Seniority(
      String attribute,
      double icShare,
      double mentorWeight,
      double medianTenure,
      double offerLevel,
      int minOffers,
      int maxOffers,
      int minSeeks,
      int maxSeeks,
      double leadershipOffer) {
    this.attribute = attribute;
    this.icShare = icShare;
    this.mentorWeight = mentorWeight;
    this.medianTenure = medianTenure;
    this.offerLevel = offerLevel;
    this.minOffers = minOffers;
    this.maxOffers = maxOffers;
    this.minSeeks = minSeeks;
    this.maxSeeks = maxSeeks;
    this.leadershipOffer = leadershipOffer;
  }
}
