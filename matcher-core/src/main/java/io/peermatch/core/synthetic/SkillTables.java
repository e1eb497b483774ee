package io.peermatch.core.synthetic;

import java.util.SplittableRandom;

/**
 * The skill distributions of one organisation: per department (its domain mix, each domain spread
 * by a jittered Zipf popularity), leadership and professional skills, the whole company (the
 * departments weighted by size), and departments by size. Immutable once built; shared by threads.
 */
final class SkillTables {

  /** Zipf exponent of skill popularity within a domain. */
  static final double POPULARITY_EXPONENT = 0.8;

  /** By {@link DepartmentProfile#ordinal()}; null for a department the organisation lacks. */
  final AliasTable[] department;

  final AliasTable leadership;
  final AliasTable company;

  /** Department ordinals weighted by head count. */
  final AliasTable departmentBySize;

  /**
   * Draws the per-department jitter from {@code random}, department by department in rank order.
   */
  SkillTables(int[] departmentSize, SplittableRandom random) {
    DepartmentProfile[] profiles = DepartmentProfile.values();
    int skills = SkillCatalogue.size();
    department = new AliasTable[profiles.length];
    double[] global = new double[skills];
    double[] departmentWeight = new double[profiles.length];
    for (DepartmentProfile d : profiles) {
      int size = departmentSize[d.ordinal()];
      if (size == 0) {
        continue;
      }
      double[] w = new double[skills];
      for (SkillDomain domain : SkillDomain.values()) {
        Double share = d.domainMix.get(domain);
        if (share != null) {
          addDomain(w, domain, share, random);
        }
      }
      normalise(w);
      for (int s = 0; s < skills; s++) {
        global[s] += w[s] * size;
      }
      department[d.ordinal()] = new AliasTable(w);
      departmentWeight[d.ordinal()] = size;
    }
    company = new AliasTable(global);
    departmentBySize = new AliasTable(departmentWeight);
    double[] lead = new double[skills];
    addDomain(lead, SkillDomain.LEADERSHIP, 0.65, null);
    addDomain(lead, SkillDomain.PROFESSIONAL, 0.35, null);
    leadership = new AliasTable(lead);
  }

  /**
   * Adds {@code share} spread over the domain by Zipf popularity, jittered by {@code exp(0.4 Z)}
   * when {@code random} is given.
   */
  private static void addDomain(
      double[] w, SkillDomain domain, double share, SplittableRandom random) {
    int[] indices = SkillCatalogue.indices(domain);
    double[] pop = new double[indices.length];
    double total = 0.0;
    for (int j = 0; j < indices.length; j++) {
      pop[j] = StrictMath.pow(j + 1, -POPULARITY_EXPONENT);
      if (random != null) {
        // Each organisation's department has its own stack: some tools more, some less popular.
        pop[j] *= StrictMath.exp(0.4 * Draw.normal(random));
      }
      total += pop[j];
    }
    for (int j = 0; j < indices.length; j++) {
      w[indices[j]] += share * pop[j] / total;
    }
  }

  private static void normalise(double[] w) {
    double total = 0.0;
    for (double x : w) {
      total += x;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= total;
    }
  }
}
