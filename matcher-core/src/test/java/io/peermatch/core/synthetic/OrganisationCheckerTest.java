package io.peermatch.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The checker must catch each kind of broken organisation, or the model tests prove nothing. */
class OrganisationCheckerTest {

  private static final Organisation ORG = SyntheticOrganisation.generate(300, 17L);

  /** The org with person {@code index} replaced by {@code change} applied to them. */
  private static Organisation tamper(int index, UnaryOperator<Participant> change) {
    List<Participant> people = new ArrayList<>(ORG.people());
    people.set(index, change.apply(people.get(index)));
    return new Organisation(people, ORG.seed());
  }

  private static UnaryOperator<Participant> attribute(String name, String value) {
    return p -> {
      Map<String, String> a = new TreeMap<>(p.attributes());
      if (value == null) {
        a.remove(name);
      } else {
        a.put(name, value);
      }
      return new Participant(p.id(), a, p.offers(), p.seeks(), p.capacity());
    };
  }

  private static int firstWith(String name, String value) {
    for (int i = 0; i < ORG.people().size(); i++) {
      if (value.equals(ORG.people().get(i).attributes().get(name))) {
        return i;
      }
    }
    throw new AssertionError("nobody has " + name + "=" + value);
  }

  /** The index of someone with reports, other than the chief executive. */
  private static int aManager() {
    for (int i = 1; i < ORG.people().size(); i++) {
      String id = ORG.people().get(i).id();
      for (Participant p : ORG.people()) {
        if (id.equals(p.attributes().get("manager"))) {
          return i;
        }
      }
    }
    throw new AssertionError("no manager");
  }

  @Test
  void generated_isClean() {
    assertThat(OrganisationChecker.violations(ORG)).isEmpty();
  }

  @Test
  void catches_missingAttribute() {
    assertThat(OrganisationChecker.violations(tamper(5, attribute("timezone", null))))
        .anyMatch(v -> v.contains("lacks"));
  }

  @Test
  void catches_secondRoot() {
    assertThat(OrganisationChecker.violations(tamper(5, attribute("manager", null))))
        .anyMatch(v -> v.contains("two roots"));
  }

  @Test
  void catches_unknownManager() {
    assertThat(OrganisationChecker.violations(tamper(5, attribute("manager", "e9999999"))))
        .anyMatch(v -> v.contains("does not exist"));
  }

  @Test
  void catches_cycle() {
    int m = aManager();
    String report = null;
    for (Participant p : ORG.people()) {
      if (ORG.people().get(m).id().equals(p.attributes().get("manager"))) {
        report = p.id();
      }
    }
    assertThat(OrganisationChecker.violations(tamper(m, attribute("manager", report))))
        .anyMatch(v -> v.contains("cycle") || v.contains("does not reach"));
  }

  @Test
  void catches_juniorManager() {
    assertThat(OrganisationChecker.violations(tamper(aManager(), attribute("seniority", "junior"))))
        .anyMatch(v -> v.contains("is only junior"));
  }

  @Test
  void catches_wrongTeam() {
    int ic = firstWith("seniority", "junior");
    assertThat(OrganisationChecker.violations(tamper(ic, attribute("team", "nowhere-1"))))
        .isNotEmpty();
  }

  @Test
  void catches_wrongTimezone() {
    int i = firstWith("location", "London");
    assertThat(OrganisationChecker.violations(tamper(i, attribute("timezone", "UTC+1"))))
        .anyMatch(v -> v.contains("time zone"));
  }

  @Test
  void catches_badRoleAndCapacity() {
    int mentee = firstWith("role", "mentee");
    assertThat(OrganisationChecker.violations(tamper(mentee, attribute("role", "boss"))))
        .anyMatch(v -> v.contains("has role"));
    assertThat(
            OrganisationChecker.violations(
                tamper(
                    mentee,
                    p -> new Participant(p.id(), p.attributes(), p.offers(), p.seeks(), 2))))
        .anyMatch(v -> v.contains("mentee with capacity"));
  }

  @Test
  void catches_seekingWhatOneOffersHighly() {
    assertThat(
            OrganisationChecker.violations(
                tamper(
                    3,
                    p ->
                        new Participant(
                            p.id(),
                            p.attributes(),
                            p.offers(),
                            SkillVector.of(p.offers().skill(0), 0.5, "zzz-unknown", 0.5),
                            p.capacity()))))
        .anyMatch(v -> v.contains("high level") || v.contains("0.5"))
        .anyMatch(v -> v.contains("outside the catalogue"));
  }

  @Test
  void catches_tooFewSkills() {
    assertThat(
            OrganisationChecker.violations(
                tamper(
                    3,
                    p ->
                        new Participant(
                            p.id(), p.attributes(), SkillVector.of("java", 0.5), p.seeks(), 1))))
        .anyMatch(v -> v.contains("offers 1 skills"));
  }

  @Test
  void catches_idOutOfOrder() {
    List<Participant> people = new ArrayList<>(ORG.people());
    Participant a = people.get(10);
    people.set(10, people.get(11));
    people.set(11, a);
    assertThat(OrganisationChecker.violations(new Organisation(people, 1L)))
        .anyMatch(v -> v.contains("expected e0000011"));
  }

  @Test
  void catches_tenureBeyondCompanyAge() {
    assertThat(OrganisationChecker.violations(tamper(7, attribute("tenure", "99.0"))))
        .anyMatch(v -> v.contains("beyond the company's age"));
  }
}
