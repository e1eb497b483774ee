package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillVectorTest {

  @Test
  void parse_withNames_sharesOneInstancePerName_andParsesAsParse() {
    Map<String, String> names = new java.util.HashMap<>();
    SkillVector a = SkillVector.parse("sql:0.4; kubernetes:0.8", names);
    SkillVector b = SkillVector.parse(new String("kubernetes:0.5"), names);
    assertThat(a).isEqualTo(SkillVector.parse("sql:0.4; kubernetes:0.8"));
    assertThat(b.skill(0)).isSameAs(a.skill(0)).isEqualTo("kubernetes");
    assertThat(names).containsOnlyKeys("kubernetes", "sql");
    assertThat(SkillVector.parse("go:0.5", null).skill(0)).isEqualTo("go");
    assertThatThrownBy(() -> SkillVector.parse("go:0.5;go:0.6", names))
        .hasMessage("skill 'go' is listed twice");
  }

  @Test
  void parse_sortsByNameAndRoundTripsThroughToString() {
    SkillVector v = SkillVector.parse(" sql : 0.4 ; kubernetes:0.8;go:1 ");
    assertThat(v.size()).isEqualTo(3);
    assertThat(v.skill(0)).isEqualTo("go");
    assertThat(v.skill(1)).isEqualTo("kubernetes");
    assertThat(v.skill(2)).isEqualTo("sql");
    assertThat(v.toString()).isEqualTo("go:1;kubernetes:0.8;sql:0.4");
    assertThat(SkillVector.parse(v.toString())).isEqualTo(v);
  }

  @Test
  void of_equalsParseAndOfSorted() {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put("sql", 0.4);
    map.put("kubernetes", 0.8);
    SkillVector fromMap = SkillVector.of(map);
    SkillVector fromText = SkillVector.parse("kubernetes:0.8;sql:0.4");
    SkillVector fromSorted =
        SkillVector.ofSorted(new String[] {"kubernetes", "sql"}, new double[] {0.8, 0.4});
    SkillVector fromPairs = SkillVector.of("sql", 0.4, "kubernetes", 0.8);
    assertThat(fromMap).isEqualTo(fromText).isEqualTo(fromSorted).isEqualTo(fromPairs);
    assertThat(fromMap.hashCode()).isEqualTo(fromSorted.hashCode());
    assertThat(fromMap.asMap())
        .containsExactly(Map.entry("kubernetes", 0.8), Map.entry("sql", 0.4));
    assertThat(SkillVector.of("go", 0.5).toString()).isEqualTo("go:0.5");
  }

  @Test
  void parse_blankIsEmpty() {
    assertThat(SkillVector.parse("")).isEqualTo(SkillVector.empty());
    assertThat(SkillVector.parse("   ")).isEqualTo(SkillVector.empty());
    assertThat(SkillVector.parse(";;")).isEqualTo(SkillVector.empty());
    assertThat(SkillVector.empty().isEmpty()).isTrue();
    assertThat(SkillVector.empty().toString()).isEmpty();
  }

  @Test
  void dot_sumsProductsOfSharedSkills() {
    SkillVector a = SkillVector.parse("go:0.5;java:0.8;sql:0.2");
    SkillVector b = SkillVector.parse("java:0.5;rust:0.9;sql:1");
    // 0.8 * 0.5 (java) + 0.2 * 1 (sql) = 0.4 + 0.2 = 0.6
    assertThat(a.dot(b)).isCloseTo(0.6, within(1e-15));
    assertThat(b.dot(a)).isCloseTo(0.6, within(1e-15));
    assertThat(a.dot(SkillVector.empty())).isZero();
    assertThat(a.dot(SkillVector.parse("rust:1"))).isZero();
  }

  @Test
  void level_andContains_readEntries() {
    SkillVector v = SkillVector.parse("go:0.5;java:0.8");
    assertThat(v.level("java")).isEqualTo(0.8);
    assertThat(v.level("rust")).isZero();
    assertThat(v.contains("go")).isTrue();
    assertThat(v.contains("rust")).isFalse();
  }

  @Test
  void zeroLevels_areDropped() {
    SkillVector parsed = SkillVector.parse("go:0;java:0.8");
    assertThat(parsed.size()).isEqualTo(1);
    assertThat(parsed.contains("go")).isFalse();
    assertThat(parsed.toString()).isEqualTo("java:0.8");
    assertThat(SkillVector.of(Map.of("go", 0.0))).isEqualTo(SkillVector.empty());
    assertThat(SkillVector.ofSorted(new String[] {"a", "b"}, new double[] {0.0, 0.3}))
        .isEqualTo(SkillVector.parse("b:0.3"));
    assertThat(SkillVector.ofSorted(new String[] {"a"}, new double[] {0.0}).isEmpty()).isTrue();
  }

  @Test
  void of_levelAboveOne_rejectedNamingSkillAndValue() {
    assertThatThrownBy(() -> SkillVector.of("go", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("1.5")
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void of_negativeLevel_rejectedNamingSkillAndValue() {
    assertThatThrownBy(() -> SkillVector.of("sql", -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sql")
        .hasMessageContaining("-0.1");
  }

  @Test
  void of_nanLevel_rejectedNamingSkill() {
    assertThatThrownBy(() -> SkillVector.of("go", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("NaN");
  }

  @Test
  void parse_levelOutsideRange_rejectedNamingSkillAndValue() {
    assertThatThrownBy(() -> SkillVector.parse("go:0.5;java:2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java")
        .hasMessageContaining("2.0");
    assertThatThrownBy(() -> SkillVector.parse("go:NaN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("NaN");
  }

  @Test
  void ofSorted_levelOutsideRange_rejected() {
    assertThatThrownBy(() -> SkillVector.ofSorted(new String[] {"go"}, new double[] {1.01}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("1.01");
    assertThatThrownBy(() -> SkillVector.ofSorted(new String[] {"go"}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void parse_levelNotANumber_rejectedNamingEntry() {
    assertThatThrownBy(() -> SkillVector.parse("go:high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("high");
  }

  @Test
  void parse_duplicateSkill_rejected() {
    assertThatThrownBy(() -> SkillVector.parse("go:0.5;go:0.6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("twice");
    // Trimming makes " go" the same skill as "go".
    assertThatThrownBy(() -> SkillVector.parse("go:0.5; go :0.6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void of_duplicateSkill_rejected() {
    assertThatThrownBy(() -> SkillVector.of("go", 0.5, "go", 0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go")
        .hasMessageContaining("twice");
    Map<String, Double> map = new LinkedHashMap<>();
    map.put("go", 0.5);
    map.put(" go ", 0.6);
    assertThatThrownBy(() -> SkillVector.of(map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void ofSorted_duplicateOrUnsorted_rejected() {
    assertThatThrownBy(() -> SkillVector.ofSorted(new String[] {"go", "go"}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> SkillVector.ofSorted(new String[] {"sql", "go"}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'go' follows 'sql'");
  }

  @Test
  void ofSorted_lengthMismatch_rejected() {
    assertThatThrownBy(() -> SkillVector.ofSorted(new String[] {"go"}, new double[] {0.1, 0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2")
        .hasMessageContaining("1");
  }

  @Test
  void ofSorted_namesThatOnlyDifferByPadding_rejectedOrNormalised() {
    // "go" < "go " as raw strings, but both trim to "go": a duplicate after trimming.
    assertThatThrownBy(
            () -> SkillVector.ofSorted(new String[] {"go", "go "}, new double[] {0.5, 0.6}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofSorted_paddedNamesOutOfOrderAfterTrimming_rejectedOrNormalised() {
    // " sql" < "go" as raw strings (space sorts first) but "sql" > "go" once trimmed.
    try {
      SkillVector v = SkillVector.ofSorted(new String[] {" sql", "go"}, new double[] {0.5, 0.6});
      assertThat(v).isEqualTo(SkillVector.parse("go:0.6;sql:0.5"));
      assertThat(v.level("sql")).isEqualTo(0.5);
    } catch (IllegalArgumentException expected) {
      // rejecting is fine too
    }
  }

  @Test
  void parse_badSeparators_rejected() {
    assertThatThrownBy(() -> SkillVector.parse("go=0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name:level")
        .hasMessageContaining("go=0.5");
    assertThatThrownBy(() -> SkillVector.parse("go:0.5,sql:0.4"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkillVector.parse("go:sql:0.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go:sql");
  }

  @Test
  void names_blankOrWithSeparator_rejected() {
    assertThatThrownBy(() -> SkillVector.of(" ", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> SkillVector.parse(":0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> SkillVector.of("a;b", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a;b");
    assertThatThrownBy(() -> SkillVector.ofSorted(new String[] {""}, new double[] {0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void asMap_isUnmodifiable() {
    Map<String, Double> map = SkillVector.parse("go:0.5").asMap();
    assertThatThrownBy(() -> map.put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
