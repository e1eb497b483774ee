package io.peermatch.core.synthetic;

import java.util.List;

/**
 * Generates seeded, realistic synthetic companies: the people, hierarchy, locations and skills that
 * PeerMatch's demos, tests and benchmarks run on.
 *
 * <pre>{@code
 * Organisation org = SyntheticOrganisation.generate(10_000, 42L);
 * Organisation tuned = SyntheticOrganisation.builder()
 *     .employees(10_000).seed(42L).mentorShare(0.2).crossSeekShare(0.5).generate();
 * }</pre>
 *
 * <h2>The model</h2>
 *
 * <p><b>Departments.</b> An executive office of {@code max(1, round(sqrt(n) / 4))} people (the
 * chief executive and staff) and up to 13 departments (Engineering, Sales, Customer Success,
 * Operations, Product, Marketing, Data, IT, Design, Finance, HR, Security, Legal, in that base
 * rank). Small companies have fewer: {@code min(13, round(1.5 ln n))}, the top ranks first. The
 * department of base rank {@code r} gets a share proportional to {@code r^-1.1} (Zipf) times a
 * log-normal jitter {@code exp(0.25 Z)}, so sizes are heavy-tailed (Engineering is typically 28-42%
 * of the company and 6-12 times the median department) and neighbours in rank can swap between
 * seeds.
 *
 * <p><b>Hierarchy.</b> A tree rooted at the one chief executive (seniority {@code executive},
 * employee {@code e0000001}, no {@code manager} attribute). Each department head reports to the
 * chief executive. A manager with at most 12 reports leads them directly as a team of individual
 * contributors; a larger unit keeps 0-3 senior individual contributors (when over 24 reports) and
 * splits the rest into {@code min(U{4..8}, max(2, ceil(rest / 12)))} sub-units of roughly even size
 * (±25%, at least 4 people), each under its own manager, recursively. So first-line managers lead
 * 3-12 individual contributors (7-11 typically) and higher spans of control are 2-11. The {@code
 * manager} attribute is the id of one's manager. Managers' seniority follows the height of their
 * subtree: first-line managers are {@code senior} (40%) or {@code staff}, managers of managers
 * {@code director}, four levels or more {@code vp}; department heads are {@code vp} over two or
 * more levels of management, {@code director} over one, {@code staff} when alone. About 13.5% of
 * people manage someone.
 *
 * <p><b>Teams.</b> Every manager leads exactly one team, and a person's {@code team} is the team
 * they lead if they are a manager, otherwise the team of their manager. Hence a team is a manager
 * plus their individual-contributor reports (only the 0-3 senior ones for a manager of managers),
 * and {@code Constraints.differentValue("team")} also keeps first-line managers apart from their
 * reports. Names read {@code engineering-payments-3}: the department, the area (a department's
 * first split gives each sub-unit one of its areas, which the sub-unit's teams inherit) and a
 * number; department heads with sub-units lead {@code <department>-leadership}, the chief executive
 * {@code executive-office}.
 *
 * <p><b>Seniority.</b> Individual contributors follow a pyramid: junior 22%, mid 36%, senior 27%,
 * staff 10%, principal 5%; managers' levels come from the hierarchy. Overall (10,000 people) about
 * 18% junior, 30% mid, 28% senior, 15% staff, 5% principal, 4% director, 0.3% vp.
 *
 * <p><b>Tenure.</b> {@code tenure} is years with one decimal ({@code "3.5"}): log-normal with
 * median 1.2 (junior), 2.5 (mid), 4 (senior), 5.5 (staff), 7 (principal), 6 (director), 6.5 (vp)
 * years and spread {@code exp(0.55 Z)}, capped by the company's age (10-25 years, drawn), which is
 * the chief executive's tenure. Ids {@code e0000001, e0000002, ...} (zero-padded to 7 digits, more
 * past ten million) follow hiring order: longest tenure first, ties at random.
 *
 * <p><b>Locations.</b> 14 offices with their standard-time offset in {@code timezone}: San
 * Francisco (UTC-8), Austin (UTC-6), New York and Toronto (UTC-5), Sao Paulo (UTC-3), London and
 * Dublin (UTC+0), Berlin, Amsterdam and Warsaw (UTC+1), Bangalore (UTC+5:30), Singapore (UTC+8),
 * Tokyo (UTC+9), Sydney (UTC+10). Each department has hub cities weighted four times their global
 * weight. Each team has a home city (a sub-unit's team keeps its parent unit's city with
 * probability 1/2, else draws from the department's hubs); members sit in the team's city with
 * probability 0.75, elsewhere in the department's distribution with 0.17, anywhere with 0.08.
 *
 * <p><b>Skills.</b> A catalogue of 438 real skill names (see {@link #skills()}) in 15 domains:
 * engineering, data, design, product, sales, marketing, finance, people (HR), legal, security,
 * operations, customer success, IT, leadership and general professional skills. Within a domain,
 * skills have Zipf(0.8) popularity in a fixed order, jittered per department by {@code exp(0.4 Z)}.
 * Each department mixes a core domain (65-82%) with a few neighbouring ones. Each team has a focus
 * of 5-8 skills drawn from its department.
 *
 * <ul>
 *   <li><b>Offers</b>: 3-4 skills (junior) up to 6-8 (principal), drawn from leadership and
 *       professional skills with probability 2% (junior) to 16% (principal), at least 30% for
 *       managers, 45-55% for directors and above; otherwise from the team's focus (1/2), the
 *       department (0.35) or the whole company (0.15). Levels: the level's mean (0.35 junior, 0.5
 *       mid, 0.65 senior, 0.75 staff and director, 0.85 principal) plus noise of sd 0.12, clamped
 *       to [0.05, 1] and rounded to 0.05.
 *   <li><b>Seeks</b>: 2-5 skills (juniors 3-5, mid 2-5, principals, vps and the chief executive
 *       2-3, others 2-4): with probability {@code 1 - crossSeekShare} (default 0.6) near, from
 *       one's own department's distribution; else across, from leadership and professional skills
 *       (0.35) or another department chosen by size (0.65). Never a skill one offers at level 0.5
 *       or more. Levels uniform in [0.3, 1], rounded to 0.05.
 * </ul>
 *
 * Because offers and most seeks come from the same department, complementarity ({@code
 * mentor.offers · mentee.seeks}) is about three times higher within a department than across: a
 * matcher driven by relevance alone keeps people in their silos, which is what the diversity
 * strategies are measured against.
 *
 * <p><b>Roles.</b> {@code role} is {@code mentor} or {@code mentee}. A person is a mentor with
 * probability {@code min(1, w · f)} where {@code w} is 0.03 (junior), 0.2 (mid), 0.55 (senior), 0.8
 * (staff), 0.9 (principal), 0.75 (director), 0.6 (vp), 0.5 (executive) and {@code f} is chosen so
 * the expected share of mentors is {@code mentorShare} (default 0.28); about 84% of mentors are
 * senior or above, against about 40% of mentees. Mentors have capacity 1, 2 or 3 with probabilities
 * 0.5, 0.35, 0.15 (0.35, 0.4, 0.25 from staff up); mentees capacity 1.
 *
 * <p><b>Attributes.</b> Everyone has {@code department, team, manager} (except the chief
 * executive), {@code location, timezone, seniority, tenure, role}. Attribute values and skill names
 * are shared String instances.
 *
 * <h2>Determinism and speed</h2>
 *
 * <p>The same arguments give equal organisations on every run, JVM and platform: all randomness
 * comes from {@link java.util.SplittableRandom#nextLong()} seeded with {@code seed} (bounded and
 * normal variates are derived here, not taken from JDK helpers that changed between releases;
 * {@code Z} above is the centred sum of three uniforms, a standard normal bounded by ±3), and no
 * result depends on hash iteration order. People are built in chunks of 16,384, each with its own
 * random stream drawn from the seed in advance, and the chunks of large organisations run in the
 * common fork-join pool: the result does not depend on the number of threads. Generation is linear
 * in {@code n}. A million people use about 710 MB of heap, mostly the participants' attribute maps.
 * Thread-safe: each call is independent.
 */
public final class SyntheticOrganisation {

  /** The default expected share of mentors. */
  public static final double DEFAULT_MENTOR_SHARE = 0.28;

  /** The default share of sought skills drawn from outside one's department. */
  public static final double DEFAULT_CROSS_SEEK_SHARE = 0.4;

  private SyntheticOrganisation() {}

  /**
   * An organisation of {@code employees} people from {@code seed}, with the default options.
   *
   * @throws IllegalArgumentException if {@code employees} is negative
   */
  public static Organisation generate(int employees, long seed) {
    return builder().employees(employees).seed(seed).generate();
  }

  /** A builder with 1000 employees, seed 0 and the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the skill catalogue in name order: lower-case, kebab-case, unique. */
  public static List<String> skills() {
    return SkillCatalogue.names();
  }

  /** Options of a synthetic organisation; not thread-safe, reusable. */
  public static final class Builder {
    private int employees = 1000;
    private long seed;
    private double mentorShare = DEFAULT_MENTOR_SHARE;
    private double crossSeekShare = DEFAULT_CROSS_SEEK_SHARE;

    private Builder() {}

    /**
     * The number of people (default 1000); 0 gives an empty organisation.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder employees(int employees) {
      if (employees < 0) {
        throw new IllegalArgumentException("employees must not be negative but was " + employees);
      }
      this.employees = employees;
      return this;
    }

    /** The seed (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The expected share of mentors (default {@value SyntheticOrganisation#DEFAULT_MENTOR_SHARE}).
     * Mentors are drawn by seniority weight; 1 makes everyone a mentor.
     *
     * @throws IllegalArgumentException if not in [0, 1]
     */
    public Builder mentorShare(double mentorShare) {
      this.mentorShare = checkShare("mentor share", mentorShare);
      return this;
    }

    /**
     * The probability that a sought skill comes from outside one's department (default {@value
     * SyntheticOrganisation#DEFAULT_CROSS_SEEK_SHARE}).
     *
     * @throws IllegalArgumentException if not in [0, 1]
     */
    public Builder crossSeekShare(double crossSeekShare) {
      this.crossSeekShare = checkShare("cross seek share", crossSeekShare);
      return this;
    }

    /** Generates the organisation. */
    public Organisation generate() {
      return new OrganisationGenerator(employees, seed, mentorShare, crossSeekShare).generate();
    }

    private static double checkShare(String name, double value) {
      if (!(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
      }
      return value;
    }
  }
}
