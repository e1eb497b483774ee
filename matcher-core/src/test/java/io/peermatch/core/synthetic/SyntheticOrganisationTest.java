package io.peermatch.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Participant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticOrganisationTest {

  private static Organisation tenThousand;

  @BeforeAll
  static void generateOnce() {
    tenThousand = SyntheticOrganisation.generate(10_000, 7L);
  }

  private static String attr(Participant p, String name) {
    return p.attributes().get(name);
  }

  // ------------------------------------------------------------------ input rules

  @Test
  void generate_negative() {
    assertThatThrownBy(() -> SyntheticOrganisation.generate(-3, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("employees must not be negative but was -3");
  }

  @Test
  void builder_shareOutOfRange() {
    assertThatThrownBy(() -> SyntheticOrganisation.builder().mentorShare(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentor share must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> SyntheticOrganisation.builder().crossSeekShare(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cross seek share must be in [0, 1] but was NaN");
  }

  @Test
  void generate_zero_isEmpty() {
    Organisation org = SyntheticOrganisation.generate(0, 5L);
    assertThat(org.people()).isEmpty();
    assertThat(org.seed()).isEqualTo(5L);
    assertThat(org.mentors()).isEmpty();
    assertThat(org.departments()).isEmpty();
  }

  @Test
  void toString_summarises() {
    assertThat(SyntheticOrganisation.generate(12, 42L))
        .hasToString("Organisation[12 people, seed 42]");
  }

  @Test
  void generate_one_isTheChiefExecutive() {
    Participant ceo = SyntheticOrganisation.generate(1, 5L).people().get(0);
    assertThat(ceo.id()).isEqualTo("e0000001");
    assertThat(ceo.attributes()).doesNotContainKey("manager");
    assertThat(attr(ceo, "seniority")).isEqualTo("executive");
    assertThat(attr(ceo, "department")).isEqualTo("Executive");
    assertThat(attr(ceo, "team")).isEqualTo("executive-office");
  }

  @Test
  void generate_everySmallSize_followsTheModel() {
    for (int n = 1; n <= 80; n++) {
      Organisation org = SyntheticOrganisation.generate(n, n * 31L);
      assertThat(org.people()).hasSize(n);
      assertThat(OrganisationChecker.violations(org)).as("n = %d", n).isEmpty();
    }
  }

  @Test
  void generate_tenThousand_followsTheModel() {
    assertThat(OrganisationChecker.violations(tenThousand)).isEmpty();
  }

  // ------------------------------------------------------------------ determinism

  @Test
  void generate_sameSeed_equalPeople() {
    Organisation a = SyntheticOrganisation.generate(3000, 99L);
    Organisation b = SyntheticOrganisation.builder().employees(3000).seed(99L).generate();
    assertThat(a.people()).isEqualTo(b.people());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void generate_severalChunks_reproducibleAndValid() {
    int n = 2 * OrganisationGenerator.CHUNK + 123;
    Organisation a = SyntheticOrganisation.generate(n, 8L);
    Organisation b = SyntheticOrganisation.generate(n, 8L);
    assertThat(a.people()).isEqualTo(b.people());
    assertThat(OrganisationChecker.violations(a)).isEmpty();
  }

  @Test
  void generate_differentSeeds_differ() {
    Organisation a = SyntheticOrganisation.generate(500, 1L);
    Organisation b = SyntheticOrganisation.generate(500, 2L);
    int sameSkills = 0;
    for (int i = 0; i < 500; i++) {
      if (a.people().get(i).offers().equals(b.people().get(i).offers())) {
        sameSkills++;
      }
    }
    assertThat(a.people()).isNotEqualTo(b.people());
    assertThat(sameSkills).isLessThan(10);
  }

  @Test
  void generate_pinnedSeed_keepsItsFingerprint() {
    // Pins the stream of variates across JDKs and refactorings: a change here changes every
    // published benchmark instance, so it must be deliberate (update the number and say why).
    StringBuilder sb = new StringBuilder();
    for (Participant p : SyntheticOrganisation.generate(200, 42L).people()) {
      sb.append(p.id()).append(p.attributes()).append(p.offers()).append(p.seeks());
      sb.append(p.capacity()).append('\n');
    }
    assertThat(sb.toString().hashCode()).isEqualTo(FINGERPRINT_200_42);
  }

  private static final int FINGERPRINT_200_42 = -2068787145;

  // ------------------------------------------------------------------ departments and hierarchy

  @Test
  void departments_areHeavyTailed() {
    List<Integer> sizes = new ArrayList<>();
    for (List<Participant> d : tenThousand.departments().values()) {
      sizes.add(d.size());
    }
    Collections.sort(sizes);
    int largest = sizes.get(sizes.size() - 1);
    double median = (sizes.get((sizes.size() - 1) / 2) + sizes.get(sizes.size() / 2)) / 2.0;
    assertThat(sizes.size()).isGreaterThanOrEqualTo(12);
    assertThat(largest).isGreaterThan(4 * (int) median);
    assertThat(largest).isGreaterThan(10_000 / 5);
    assertThat(tenThousand.departments().keySet()).contains("Engineering", "Sales", "Executive");
  }

  @Test
  void departments_heavyTailedForEverySeed() {
    for (long seed = 1; seed <= 5; seed++) {
      List<Integer> sizes = new ArrayList<>();
      for (List<Participant> d :
          SyntheticOrganisation.generate(10_000, seed).departments().values()) {
        sizes.add(d.size());
      }
      Collections.sort(sizes);
      int largest = sizes.get(sizes.size() - 1);
      int median = sizes.get(sizes.size() / 2);
      assertThat(largest).as("seed %d", seed).isGreaterThan(4 * median);
    }
  }

  @Test
  void departments_partitionThePeople() {
    int total = 0;
    for (Map.Entry<String, List<Participant>> e : tenThousand.departments().entrySet()) {
      for (Participant p : e.getValue()) {
        assertThat(attr(p, "department")).isEqualTo(e.getKey());
      }
      total += e.getValue().size();
    }
    assertThat(total).isEqualTo(10_000);
  }

  @Test
  void hierarchy_firstLineTeamsHaveFourToTwelveMembers() {
    Map<String, Integer> icReports = new HashMap<>();
    Set<String> managers = new HashSet<>();
    for (Participant p : tenThousand.people()) {
      String m = attr(p, "manager");
      if (m != null) {
        managers.add(m);
      }
    }
    for (Participant p : tenThousand.people()) {
      String m = attr(p, "manager");
      if (m != null && !managers.contains(p.id())) {
        icReports.merge(m, 1, Integer::sum);
      }
    }
    int teams = 0;
    int typical = 0;
    for (int size : icReports.values()) {
      if (size >= 4) {
        teams++;
        if (size <= 12) {
          typical++;
        }
      }
    }
    assertThat(typical).isEqualTo(teams);
    assertThat(teams).isGreaterThan(10_000 / 14);
    assertThat(depth(tenThousand)).isBetween(4, 9);
  }

  private static int depth(Organisation org) {
    Map<String, Participant> byId = new HashMap<>();
    for (Participant p : org.people()) {
      byId.put(p.id(), p);
    }
    int max = 0;
    for (Participant p : org.people()) {
      int d = 0;
      for (String m = attr(p, "manager"); m != null; m = attr(byId.get(m), "manager")) {
        d++;
      }
      max = Math.max(max, d);
    }
    return max;
  }

  // ------------------------------------------------------------------ seniority, tenure, roles

  @Test
  void seniority_isAPyramid() {
    Map<String, Integer> count = new TreeMap<>();
    for (Participant p : tenThousand.people()) {
      count.merge(attr(p, "seniority"), 1, Integer::sum);
    }
    int juniorMid = count.get("junior") + count.get("mid");
    int seniorStaff = count.get("senior") + count.get("staff") + count.get("principal");
    int leaders = count.get("director") + count.get("vp") + count.get("executive");
    assertThat(juniorMid).isGreaterThan(4000);
    assertThat(seniorStaff).isBetween(3000, 5500);
    assertThat(leaders).isBetween(100, 800);
    assertThat(count.get("vp")).isLessThan(count.get("director"));
    assertThat(count.get("executive")).isEqualTo(1);
  }

  @Test
  void tenure_growsWithSeniority() {
    Map<String, double[]> sum = new HashMap<>();
    for (Participant p : tenThousand.people()) {
      double[] s = sum.computeIfAbsent(attr(p, "seniority"), k -> new double[2]);
      s[0] += Double.parseDouble(attr(p, "tenure"));
      s[1]++;
    }
    double junior = sum.get("junior")[0] / sum.get("junior")[1];
    double mid = sum.get("mid")[0] / sum.get("mid")[1];
    double senior = sum.get("senior")[0] / sum.get("senior")[1];
    double principal = sum.get("principal")[0] / sum.get("principal")[1];
    assertThat(junior).isLessThan(mid);
    assertThat(mid).isLessThan(senior);
    assertThat(senior).isLessThan(principal);
  }

  @Test
  void roles_realisticProportions() {
    int mentors = tenThousand.mentors().size();
    assertThat(mentors + tenThousand.mentees().size()).isEqualTo(10_000);
    assertThat(mentors).isBetween(2500, 3100);
    int[] capacity = new int[4];
    for (Participant m : tenThousand.mentors()) {
      capacity[m.capacity()]++;
    }
    assertThat(capacity[1] + capacity[2]).isGreaterThan(3 * capacity[3]);
    assertThat(capacity[3]).isPositive();
  }

  @Test
  void roles_mentorsMostlySenior() {
    Set<String> senior = Set.of("senior", "staff", "principal", "director", "vp", "executive");
    long seniorMentors =
        tenThousand.mentors().stream().filter(p -> senior.contains(attr(p, "seniority"))).count();
    long seniorMentees =
        tenThousand.mentees().stream().filter(p -> senior.contains(attr(p, "seniority"))).count();
    assertThat(seniorMentors).isGreaterThan(tenThousand.mentors().size() * 3L / 4);
    assertThat(seniorMentees).isLessThan(tenThousand.mentees().size() / 2L);
  }

  @Test
  void mentorShare_option() {
    Organisation org =
        SyntheticOrganisation.builder().employees(5000).seed(3L).mentorShare(0.1).generate();
    assertThat(org.mentors().size()).isBetween(380, 620);
    Organisation most =
        SyntheticOrganisation.builder().employees(5000).seed(3L).mentorShare(0.9).generate();
    assertThat(most.mentors().size()).isBetween(4380, 4620);
    Organisation all =
        SyntheticOrganisation.builder().employees(500).seed(3L).mentorShare(1.0).generate();
    assertThat(all.mentees()).isEmpty();
    Organisation none =
        SyntheticOrganisation.builder().employees(500).seed(3L).mentorShare(0.0).generate();
    assertThat(none.mentors()).isEmpty();
  }

  // ------------------------------------------------------------------ locations

  @Test
  void locations_aDozenCitiesAndTeamsMostlyColocated() {
    Set<String> cities = new HashSet<>();
    Map<String, Map<String, Integer>> teamCities = new HashMap<>();
    for (Participant p : tenThousand.people()) {
      cities.add(attr(p, "location"));
      teamCities
          .computeIfAbsent(attr(p, "team"), t -> new HashMap<>())
          .merge(attr(p, "location"), 1, Integer::sum);
    }
    assertThat(cities).hasSizeGreaterThanOrEqualTo(12);
    long together = 0;
    long inTeams = 0;
    for (Map<String, Integer> c : teamCities.values()) {
      int size = c.values().stream().mapToInt(Integer::intValue).sum();
      if (size >= 4) {
        together += Collections.max(c.values());
        inTeams += size;
      }
    }
    assertThat((double) together / inTeams).isBetween(0.6, 0.95);
  }

  @Test
  void locations_dependOnTheDepartment() {
    Map<String, Map<String, Integer>> byDepartment = new HashMap<>();
    for (Participant p : tenThousand.people()) {
      byDepartment
          .computeIfAbsent(attr(p, "department"), d -> new HashMap<>())
          .merge(attr(p, "location"), 1, Integer::sum);
    }
    // Sales clusters in sales hubs, Engineering in engineering hubs.
    double salesInTokyoAndSydney =
        share(byDepartment.get("Sales"), "Tokyo") + share(byDepartment.get("Sales"), "Sydney");
    double engineeringInTokyoAndSydney =
        share(byDepartment.get("Engineering"), "Tokyo")
            + share(byDepartment.get("Engineering"), "Sydney");
    assertThat(salesInTokyoAndSydney).isGreaterThan(2 * engineeringInTokyoAndSydney);
  }

  private static double share(Map<String, Integer> counts, String key) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return counts.getOrDefault(key, 0) / (double) total;
  }

  // ------------------------------------------------------------------ skills

  @Test
  void catalogue_largeAndValid() {
    List<String> skills = SyntheticOrganisation.skills();
    assertThat(skills).hasSizeGreaterThanOrEqualTo(300);
    assertThat(skills).doesNotHaveDuplicates().isSorted();
    for (String s : skills) {
      assertThat(s).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
    assertThat(skills)
        .contains("kubernetes", "go", "java", "rust", "terraform", "react", "sql", "spark", "dbt")
        .contains("statistics", "coaching", "public-speaking", "hiring", "figma", "gdpr");
  }

  @Test
  void skills_seniorsOfferMoreAtHigherLevels() {
    double[] juniorStats = offerStats("junior");
    double[] principalStats = offerStats("principal");
    assertThat(principalStats[0]).isGreaterThan(juniorStats[0] + 1.5);
    assertThat(principalStats[1]).isGreaterThan(juniorStats[1] + 0.3);
  }

  /** Mean number of offered skills and mean offered level at a seniority. */
  private static double[] offerStats(String seniority) {
    double count = 0;
    double skills = 0;
    double level = 0;
    for (Participant p : tenThousand.people()) {
      if (seniority.equals(attr(p, "seniority"))) {
        count++;
        skills += p.offers().size();
        for (int i = 0; i < p.offers().size(); i++) {
          level += p.offers().level(i);
        }
      }
    }
    return new double[] {skills / count, level / skills};
  }

  @Test
  void skills_complementarityStaysInSilos() {
    Organisation org = SyntheticOrganisation.generate(2000, 11L);
    double[] within = new double[2];
    double[] across = new double[2];
    for (Participant m : org.mentors()) {
      for (Participant e : org.mentees()) {
        double[] bucket = attr(m, "department").equals(attr(e, "department")) ? within : across;
        bucket[0] += m.offers().dot(e.seeks());
        bucket[1]++;
      }
    }
    double meanWithin = within[0] / within[1];
    double meanAcross = across[0] / across[1];
    assertThat(meanWithin).isGreaterThan(2 * meanAcross);
  }

  @Test
  void skills_crossSeekShareZero_seeksStayNearHome() {
    Organisation home =
        SyntheticOrganisation.builder().employees(2000).seed(4L).crossSeekShare(0.0).generate();
    Organisation away =
        SyntheticOrganisation.builder().employees(2000).seed(4L).crossSeekShare(1.0).generate();
    assertThat(withinShare(home)).isGreaterThan(withinShare(away) + 0.3);
  }

  /** Share of sought skills that someone else in the seeker's department offers. */
  private static double withinShare(Organisation org) {
    Map<String, Set<String>> offered = new HashMap<>();
    for (Participant p : org.people()) {
      Set<String> s = offered.computeIfAbsent(attr(p, "department"), d -> new HashSet<>());
      s.addAll(p.offers().asMap().keySet());
    }
    Map<String, Map<String, Integer>> offeredCount = new HashMap<>();
    for (Participant p : org.people()) {
      Map<String, Integer> c =
          offeredCount.computeIfAbsent(attr(p, "department"), d -> new HashMap<>());
      for (String s : p.offers().asMap().keySet()) {
        c.merge(s, 1, Integer::sum);
      }
    }
    double near = 0;
    double total = 0;
    for (Participant p : org.people()) {
      Map<String, Integer> c = offeredCount.get(attr(p, "department"));
      for (String s : p.seeks().asMap().keySet()) {
        total++;
        // "Near" means at least a few colleagues in the department offer it.
        if (c.getOrDefault(s, 0) >= 3) {
          near++;
        }
      }
    }
    return near / total;
  }
}
