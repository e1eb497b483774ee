package io.peermatch.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Participant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticOrganisationProperties {

  @Property(tries = 60, seed = "20261129")
  void anyOrganisation_followsTheModel(
      @ForAll @IntRange(min = 0, max = 400) int employees, @ForAll long seed) {
    Organisation org = SyntheticOrganisation.generate(employees, seed);
    assertThat(org.people()).hasSize(employees);
    assertThat(OrganisationChecker.violations(org)).isEmpty();
  }

  @Property(tries = 30, seed = "20261129")
  void anySeed_isReproducible(
      @ForAll @IntRange(min = 0, max = 300) int employees, @ForAll long seed) {
    assertThat(SyntheticOrganisation.generate(employees, seed))
        .isEqualTo(SyntheticOrganisation.generate(employees, seed));
  }

  @Property(tries = 20, seed = "20261129")
  void anyOptions_followTheModel(
      @ForAll @IntRange(min = 1, max = 300) int employees,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100) int mentorPercent,
      @ForAll @IntRange(min = 0, max = 100) int crossPercent) {
    Organisation org =
        SyntheticOrganisation.builder()
            .employees(employees)
            .seed(seed)
            .mentorShare(mentorPercent / 100.0)
            .crossSeekShare(crossPercent / 100.0)
            .generate();
    assertThat(OrganisationChecker.violations(org)).isEmpty();
    assertThat(org.mentors().size() + org.mentees().size()).isEqualTo(employees);
  }

  @Property(tries = 10, seed = "20261129")
  void anySeed_complementarityStaysInSilos(@ForAll long seed) {
    Organisation org = SyntheticOrganisation.generate(800, seed);
    double within = 0;
    double across = 0;
    long withinPairs = 0;
    long acrossPairs = 0;
    for (Participant m : org.mentors()) {
      String department = m.attributes().get("department");
      for (Participant e : org.mentees()) {
        double c = m.offers().dot(e.seeks());
        if (department.equals(e.attributes().get("department"))) {
          within += c;
          withinPairs++;
        } else {
          across += c;
          acrossPairs++;
        }
      }
    }
    assertThat(within / withinPairs).isGreaterThan(1.5 * across / acrossPairs);
  }

  @Property(tries = 10, seed = "20261129")
  void anySeed_listsAreReadOnly(@ForAll @IntRange(min = 1, max = 50) int employees) {
    Organisation org = SyntheticOrganisation.generate(employees, employees);
    assertThatThrownBy(() -> org.people().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.mentees().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.departments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
