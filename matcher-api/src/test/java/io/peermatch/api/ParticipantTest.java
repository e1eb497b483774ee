package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  @Test
  void builder_setsEveryField() {
    Participant ana =
        Participant.builder("ana")
            .attribute("team", "core")
            .attribute("department", "platform")
            .offers("kubernetes:0.9;go:0.7")
            .seeks("public-speaking:0.6")
            .capacity(2)
            .build();
    assertThat(ana.id()).isEqualTo("ana");
    assertThat(ana.offers()).isEqualTo(SkillVector.parse("go:0.7;kubernetes:0.9"));
    assertThat(ana.seeks().level("public-speaking")).isEqualTo(0.6);
    assertThat(ana.capacity()).isEqualTo(2);
    assertThat(ana.attribute("team")).contains("core");
    assertThat(ana.attribute("location")).isEmpty();
  }

  @Test
  void of_hasNoAttributesAndCapacityOne() {
    Participant p = Participant.of("p", SkillVector.empty(), SkillVector.empty());
    assertThat(p.attributes()).isEmpty();
    assertThat(p.capacity()).isEqualTo(1);
  }

  @Test
  void capacity_zero_rejectedNamingIdAndValue() {
    assertThatThrownBy(() -> Participant.builder("ana").capacity(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1 but was 0 for participant ana");
  }

  @Test
  void capacity_negative_rejectedNamingIdAndValue() {
    assertThatThrownBy(
            () -> new Participant("ben", Map.of(), SkillVector.empty(), SkillVector.empty(), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3")
        .hasMessageContaining("ben");
  }

  @Test
  void id_blank_rejected() {
    assertThatThrownBy(() -> Participant.builder("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be blank");
    assertThatThrownBy(() -> Participant.builder("").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void id_null_rejected() {
    assertThatThrownBy(() -> Participant.builder(null).build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void attributeName_blank_rejectedNamingId() {
    assertThatThrownBy(() -> Participant.builder("ana").attribute(" ", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute name must not be blank")
        .hasMessageContaining("ana");
  }

  @Test
  void attributeValue_null_rejectedNamingAttributeAndId() {
    Map<String, String> attributes = new HashMap<>();
    attributes.put("team", null);
    assertThatThrownBy(
            () -> new Participant("ana", attributes, SkillVector.empty(), SkillVector.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("team")
        .hasMessageContaining("ana");
  }

  @Test
  void attributes_areSortedByNameAndImmutable() {
    Map<String, String> source = new HashMap<>();
    source.put("team", "core");
    source.put("location", "oslo");
    source.put("department", "platform");
    Participant p = new Participant("p", source, SkillVector.empty(), SkillVector.empty(), 1);
    assertThat(p.attributes().keySet()).containsExactly("department", "location", "team");
    assertThatThrownBy(() -> p.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    // A defensive copy: changing the source map later changes nothing.
    source.put("manager", "zoe");
    assertThat(p.attributes()).doesNotContainKey("manager");
  }

  @Test
  void attributeValue_blank_rejectedNamingAttributeAndId() {
    assertThatThrownBy(() -> Participant.builder("ana").attribute("team", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("team")
        .hasMessageContaining("ana");
  }
}
