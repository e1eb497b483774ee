package io.peermatch.core.synthetic;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine behind {@link SyntheticOrganisation}: builds the hierarchy in primitive arrays (people
 * indexed in depth-first creation order), then materialises one {@link Participant} per person and
 * places it at its employee number. Transcendental functions come from {@link StrictMath} so that
 * every platform computes the same organisation. Single use.
 */
final class OrganisationGenerator {

  /** A team of more reports than this is split into sub-units under their own managers. */
  static final int MAX_TEAM = 12;

  static final double ZIPF_EXPONENT = 1.1;

  /** People are built in chunks of this many, each chunk with its own random stream. */
  static final int CHUNK = 1 << 14;

  /** The oldest company: tenures are tenths of a year up to this many years. */
  private static final int MAX_TENURE_TENTHS = 250;

  private static final String[] TENURE = new String[MAX_TENURE_TENTHS + 1];

  static {
    for (int t = 0; t <= MAX_TENURE_TENTHS; t++) {
      TENURE[t] = (t / 10) + "." + (t % 10);
    }
  }

  private static final DepartmentProfile[] PROFILES = DepartmentProfile.values();
  private static final Seniority[] LEVELS = Seniority.values();
  private static final City[] CITIES = City.values();

  private final int n;
  private final long seed;
  private final double mentorShare;
  private final double crossSeekShare;
  private final SplittableRandom structureRandom;
  private final SplittableRandom skillRandom;

  // One slot per person, in creation (depth-first) order.
  private final int[] parent;
  private final byte[] department;
  private final int[] team;
  private final byte[] level;
  private final byte[] city;
  private final short[] tenure;
  private final boolean[] leads;
  private int count;

  // One slot per team; every team has exactly one manager.
  private final List<String> teamName = new ArrayList<>();
  private final int[] teamCity;
  private final int[][] teamFocus;
  private final int[][] teamCounter = new int[PROFILES.length][];

  private final int[] departmentSize = new int[PROFILES.length];
  private SkillTables skills;
  private AliasTable[] departmentCities;
  private AliasTable globalCities;
  private AliasTable icPyramid;
  private AliasTable seniorIcPyramid;

  OrganisationGenerator(int employees, long seed, double mentorShare, double crossSeekShare) {
    this.n = employees;
    this.seed = seed;
    this.mentorShare = mentorShare;
    this.crossSeekShare = crossSeekShare;
    SplittableRandom root = new SplittableRandom(seed);
    this.structureRandom = root.split();
    this.skillRandom = root.split();
    parent = new int[n];
    department = new byte[n];
    team = new int[n];
    level = new byte[n];
    city = new byte[n];
    tenure = new short[n];
    leads = new boolean[n];
    teamCity = new int[n];
    teamFocus = new int[n][];
    for (DepartmentProfile d : PROFILES) {
      teamCounter[d.ordinal()] = new int[d.areas.size()];
    }
  }

  Organisation generate() {
    if (n == 0) {
      return new Organisation(List.of(), seed);
    }
    sizeDepartments();
    buildTables();
    buildHierarchy();
    assignTenure();
    boolean[] mentor = assignRoles();
    int[] order = hireOrder();
    return materialise(order, mentor);
  }

  // ---------------------------------------------------------------- departments and tables

  /** Executive office about sqrt(n)/4; the rest Zipf over the first departments in rank order. */
  private void sizeDepartments() {
    int executive = (int) Math.min(n, Math.max(1, Math.round(Math.sqrt(n) / 4.0)));
    departmentSize[DepartmentProfile.EXECUTIVE.ordinal()] = executive;
    int rest = n - executive;
    if (rest == 0) {
      return;
    }
    int ranked =
        (int)
            Math.min(
                Math.min(DepartmentProfile.RANKED, rest),
                Math.max(1, Math.round(1.5 * StrictMath.log(n))));
    double[] weight = new double[ranked];
    double total = 0.0;
    for (int r = 0; r < ranked; r++) {
      // Zipf by base rank with a log-normal jitter, so the runners-up trade places between seeds.
      weight[r] =
          StrictMath.pow(r + 1, -ZIPF_EXPONENT)
              * StrictMath.exp(0.25 * Draw.normal(structureRandom));
      total += weight[r];
    }
    int extra = rest - ranked;
    double cumulative = 0.0;
    int given = 0;
    for (int r = 0; r < ranked; r++) {
      cumulative += weight[r];
      int upTo = r == ranked - 1 ? extra : (int) Math.floor(cumulative / total * extra);
      departmentSize[r] = 1 + upTo - given;
      given = upTo;
    }
  }

  private void buildTables() {
    skills = new SkillTables(departmentSize, structureRandom);
    departmentCities = new AliasTable[PROFILES.length];
    for (DepartmentProfile d : PROFILES) {
      if (departmentSize[d.ordinal()] > 0) {
        departmentCities[d.ordinal()] = new AliasTable(d.cityWeights());
      }
    }
    double[] cityWeight = new double[CITIES.length];
    for (City c : CITIES) {
      cityWeight[c.ordinal()] = c.weight;
    }
    globalCities = new AliasTable(cityWeight);
    double[] ic = new double[LEVELS.length];
    for (Seniority s : LEVELS) {
      ic[s.ordinal()] = s.icShare;
    }
    icPyramid = new AliasTable(ic);
    double[] seniorIc = new double[LEVELS.length];
    seniorIc[Seniority.SENIOR.ordinal()] = 0.3;
    seniorIc[Seniority.STAFF.ordinal()] = 0.4;
    seniorIc[Seniority.PRINCIPAL.ordinal()] = 0.3;
    seniorIcPyramid = new AliasTable(seniorIc);
  }

  // ---------------------------------------------------------------- hierarchy

  private void buildHierarchy() {
    DepartmentProfile executive = DepartmentProfile.EXECUTIVE;
    int ceo = newPerson(-1, executive);
    lead(ceo, departmentSize[executive.ordinal()] - 1, executive, -1, -1, true);
    level[ceo] = (byte) Seniority.EXECUTIVE.ordinal();
    for (int d = 0; d < DepartmentProfile.RANKED; d++) {
      int size = departmentSize[d];
      if (size == 0) {
        continue;
      }
      DepartmentProfile profile = PROFILES[d];
      int head = newPerson(ceo, profile);
      int height = lead(head, size - 1, profile, -1, -1, true);
      Seniority headLevel =
          height == 0 ? Seniority.STAFF : height == 1 ? Seniority.DIRECTOR : Seniority.VP;
      level[head] = (byte) headLevel.ordinal();
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        leads[parent[i]] = true;
      }
    }
  }

  /**
   * Gives {@code manager} a team and {@code reports} people below, recursively.
   *
   * @return the height of the subtree: 0 without reports, 1 for a manager of individual
   *     contributors only
   */
  private int lead(
      int manager, int reports, DepartmentProfile d, int area, int parentCity, boolean top) {
    boolean leaf = reports <= MAX_TEAM;
    SplittableRandom r = structureRandom;
    if (top) {
      area = Draw.below(r, d.areas.size());
    }
    int t = newTeam(d, area, parentCity, top, leaf);
    team[manager] = t;
    city[manager] =
        (byte) (Draw.chance(r, 0.85) ? teamCity[t] : departmentCities[d.ordinal()].sample(r));
    if (leaf) {
      for (int i = 0; i < reports; i++) {
        individual(manager, d, t, icPyramid);
      }
      return reports > 0 ? 1 : 0;
    }
    // Managers of managers often keep a few senior individual contributors as direct reports.
    int direct = reports > 2 * MAX_TEAM ? Draw.below(r, 4) : 0;
    for (int i = 0; i < direct; i++) {
      individual(manager, d, t, seniorIcPyramid);
    }
    int rest = reports - direct;
    int units = Math.min(Draw.between(r, 4, 8), Math.max(2, (rest + MAX_TEAM - 1) / MAX_TEAM));
    int[] unitSize = split(rest, units, 4);
    int height = 0;
    for (int u = 0; u < units; u++) {
      int child = newPerson(manager, d);
      int childArea = top ? (area + u) % d.areas.size() : area;
      int h = lead(child, unitSize[u] - 1, d, childArea, teamCity[t], false);
      Seniority s;
      if (h <= 1) {
        s = Draw.chance(r, 0.4) ? Seniority.SENIOR : Seniority.STAFF;
      } else if (h <= 3) {
        s = Seniority.DIRECTOR;
      } else {
        s = Seniority.VP;
      }
      level[child] = (byte) s.ordinal();
      height = Math.max(height, h);
    }
    return height + 1;
  }

  /** Splits {@code total} into {@code parts} sizes of at least {@code min}, roughly even. */
  private int[] split(int total, int parts, int min) {
    double[] w = new double[parts];
    double sum = 0.0;
    for (int i = 0; i < parts; i++) {
      w[i] = 0.75 + 0.5 * Draw.uniform(structureRandom);
      sum += w[i];
    }
    int extra = total - parts * min;
    int[] size = new int[parts];
    double cumulative = 0.0;
    int given = 0;
    for (int i = 0; i < parts; i++) {
      cumulative += w[i];
      int upTo = i == parts - 1 ? extra : (int) Math.floor(cumulative / sum * extra);
      size[i] = min + upTo - given;
      given = upTo;
    }
    return size;
  }

  private void individual(int manager, DepartmentProfile d, int t, AliasTable pyramid) {
    SplittableRandom r = structureRandom;
    int i = newPerson(manager, d);
    team[i] = t;
    level[i] = (byte) pyramid.sample(r);
    double u = Draw.uniform(r);
    int c;
    if (u < 0.75) {
      c = teamCity[t];
    } else if (u < 0.92) {
      c = departmentCities[d.ordinal()].sample(r);
    } else {
      c = globalCities.sample(r);
    }
    city[i] = (byte) c;
  }

  private int newPerson(int manager, DepartmentProfile d) {
    int i = count++;
    parent[i] = manager;
    department[i] = (byte) d.ordinal();
    return i;
  }

  private int newTeam(DepartmentProfile d, int area, int parentCity, boolean top, boolean leaf) {
    SplittableRandom r = structureRandom;
    int t = teamName.size();
    String name;
    if (d == DepartmentProfile.EXECUTIVE && top) {
      name = "executive-office";
    } else if (top && !leaf) {
      name = d.slug + "-leadership";
    } else {
      int k = ++teamCounter[d.ordinal()][area];
      name = d.slug + "-" + d.areas.get(area) + "-" + k;
    }
    teamName.add(name);
    // Sub-units cluster where their parent unit sits; the rest spread over the department's hubs.
    teamCity[t] =
        parentCity >= 0 && Draw.chance(r, 0.5)
            ? parentCity
            : departmentCities[d.ordinal()].sample(r);
    int[] focus = new int[Draw.between(r, 5, 8)];
    int size = 0;
    AliasTable own = skills.department[d.ordinal()];
    for (int attempt = 0; attempt < 64 && size < focus.length; attempt++) {
      int s = own.sample(r);
      if (indexOf(focus, size, s) < 0) {
        focus[size++] = s;
      }
    }
    teamFocus[t] = size == focus.length ? focus : Arrays.copyOf(focus, size);
    return t;
  }

  // ---------------------------------------------------------------- tenure, roles, ids

  private void assignTenure() {
    SplittableRandom r = structureRandom;
    int age = Draw.between(r, 100, MAX_TENURE_TENTHS);
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0) {
        tenure[i] = (short) age;
        continue;
      }
      double years = LEVELS[level[i]].medianTenure * StrictMath.exp(0.55 * Draw.normal(r));
      long tenths = Math.round(years * 10.0);
      if (tenths > age) {
        // Few people joined at the founding: beyond the company's age, spread over its later half.
        tenths = Math.round(age * (0.5 + 0.5 * Draw.uniform(r)));
      }
      tenure[i] = (short) Math.max(1, tenths);
    }
  }

  /** Mentors drawn with seniority weights scaled so the expected share is {@code mentorShare}. */
  private boolean[] assignRoles() {
    double total = 0.0;
    long[] perLevel = new long[LEVELS.length];
    double maxWeight = 0.0;
    for (int i = 0; i < n; i++) {
      Seniority s = LEVELS[level[i]];
      total += s.mentorWeight;
      perLevel[level[i]]++;
      maxWeight = Math.max(maxWeight, s.mentorWeight);
    }
    double target = mentorShare * n;
    double factor = target / total;
    if (target >= n) {
      factor = Double.POSITIVE_INFINITY;
    } else if (maxWeight * factor > 1.0) {
      factor = cappedFactor(perLevel, target);
    }
    boolean[] mentor = new boolean[n];
    for (int i = 0; i < n; i++) {
      double p = Math.min(1.0, LEVELS[level[i]].mentorWeight * factor);
      mentor[i] = Draw.chance(structureRandom, p);
    }
    return mentor;
  }

  /**
   * The factor {@code f} with {@code Σ min(1, w f) = target} over everyone, by bisection: once the
   * most likely levels are certain mentors, the others must make up the rest.
   */
  private static double cappedFactor(long[] perLevel, double target) {
    double low = 0.0;
    double high = 0.0;
    for (Seniority s : LEVELS) {
      if (perLevel[s.ordinal()] > 0) {
        high = Math.max(high, 1.0 / s.mentorWeight);
      }
    }
    for (int iteration = 0; iteration < 100; iteration++) {
      double mid = 0.5 * (low + high);
      double expected = 0.0;
      for (Seniority s : LEVELS) {
        expected += perLevel[s.ordinal()] * Math.min(1.0, s.mentorWeight * mid);
      }
      if (expected < target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return high;
  }

  /**
   * Employee numbers follow hiring order: longest tenure first (the chief executive as founder
   * first of all), ties in random order. Returns people indices by employee number.
   */
  private int[] hireOrder() {
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      long rank = parent[i] < 0 ? 0 : 1 + MAX_TENURE_TENTHS - tenure[i];
      long tie = structureRandom.nextLong() >>> 41;
      key[i] = (rank << 54) | (tie << 31) | i;
    }
    Arrays.sort(key);
    int[] order = new int[n];
    for (int p = 0; p < n; p++) {
      order[p] = (int) (key[p] & 0x7fff_ffffL);
    }
    return order;
  }

  static String id(int number, int width) {
    char[] c = new char[width + 1];
    c[0] = 'e';
    for (int k = width; k >= 1; k--) {
      c[k] = (char) ('0' + number % 10);
      number /= 10;
    }
    return new String(c);
  }

  // ---------------------------------------------------------------- people

  /**
   * Builds the participants in chunks of consecutive people, each with its own random stream drawn
   * in advance, so the result does not depend on how many threads run the chunks.
   */
  private Organisation materialise(int[] order, boolean[] mentor) {
    int width = Math.max(7, Integer.toString(n).length());
    int[] rank = new int[n];
    for (int p = 0; p < n; p++) {
      rank[order[p]] = p;
    }
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = id(rank[i] + 1, width);
    }
    Participant[] people = new Participant[n];
    int chunks = (n + CHUNK - 1) / CHUNK;
    long[] chunkSeed = new long[chunks];
    for (int k = 0; k < chunks; k++) {
      chunkSeed[k] = skillRandom.nextLong();
    }
    // Chunks are claimed dynamically by this thread and by helpers from the common pool; each
    // chunk's stream is fixed above, so who runs it does not matter. This thread waits only for
    // chunks already claimed: a helper the pool never gets to finds nothing left to do.
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(chunks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
            try {
              SkillDrawer drawer =
                  new SkillDrawer(new SplittableRandom(chunkSeed[k]), skills, crossSeekShare);
              int from = k * CHUNK;
              makePeople(from, Math.min(n, from + CHUNK), drawer, ids, rank, mentor, people);
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
            } finally {
              done.countDown();
            }
          }
        };
    int helpers = Math.min(chunks - 1, ForkJoinPool.getCommonPoolParallelism());
    for (int h = 0; h < helpers; h++) {
      ForkJoinPool.commonPool().execute(worker);
    }
    worker.run();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while generating an organisation");
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException re) {
      throw re;
    } else if (t instanceof Error error) {
      throw error;
    }
    return new Organisation(Arrays.asList(people), seed);
  }

  private void makePeople(
      int from,
      int to,
      SkillDrawer drawer,
      String[] ids,
      int[] rank,
      boolean[] mentor,
      Participant[] people) {
    AttributeRow attributes = new AttributeRow();
    for (int i = from; i < to; i++) {
      DepartmentProfile d = PROFILES[department[i]];
      Seniority s = LEVELS[level[i]];
      City c = CITIES[city[i]];
      attributes.set(AttributeRow.DEPARTMENT, d.label);
      attributes.set(AttributeRow.TEAM, teamName.get(team[i]));
      attributes.set(AttributeRow.MANAGER, parent[i] >= 0 ? ids[parent[i]] : null);
      attributes.set(AttributeRow.LOCATION, c.label);
      attributes.set(AttributeRow.TIMEZONE, c.timezone);
      attributes.set(AttributeRow.SENIORITY, s.attribute);
      attributes.set(AttributeRow.TENURE, TENURE[tenure[i]]);
      attributes.set(AttributeRow.ROLE, mentor[i] ? Organisation.MENTOR : Organisation.MENTEE);
      SkillVector offers = drawer.offers(d.ordinal(), s, leads[i], teamFocus[team[i]]);
      SkillVector seeks = drawer.seeks(d.ordinal(), s);
      int capacity = mentor[i] ? drawer.mentorCapacity(s) : 1;
      people[rank[i]] = new Participant(ids[i], attributes, offers, seeks, capacity);
    }
  }

  static int indexOf(int[] a, int size, int value) {
    for (int j = 0; j < size; j++) {
      if (a[j] == value) {
        return j;
      }
    }
    return -1;
  }
}
