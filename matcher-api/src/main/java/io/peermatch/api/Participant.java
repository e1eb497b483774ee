package io.peermatch.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A person who can be matched: an id, descriptive attributes, what they offer and seek, and how
 * many partners they may have at most.
 *
 * <p>Attributes are free-form name/value pairs such as {@code department}, {@code team}, {@code
 * manager}, {@code location}, {@code seniority}; constraints and diversity metrics refer to them by
 * name. They are stored sorted by name.
 *
 * <pre>{@code
 * Participant ana = Participant.builder("ana")
 *     .attribute("department", "platform")
 *     .offers(SkillVector.parse("kubernetes:0.9;go:0.7"))
 *     .seeks(SkillVector.parse("public-speaking:0.6"))
 *     .build();
 * }</pre>
 *
 * @param id unique within a problem; not blank
 * @param attributes attribute name to value; neither blank
 * @param offers skills this person can teach
 * @param seeks skills this person wants to learn
 * @param capacity how many partners at most; at least 1
 */
public record Participant(
    String id,
    Map<String, String> attributes,
    SkillVector offers,
    SkillVector seeks,
    int capacity) {

  /** Validates and copies; see the record components for the rules. */
  public Participant {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("participant id must not be blank");
    }
    Objects.requireNonNull(attributes, "attributes");
    if (!(attributes instanceof AttributeMap)) {
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        if (e.getKey() == null || e.getKey().isBlank()) {
          throw new IllegalArgumentException(
              "attribute name must not be blank for participant " + id);
        }
        if (e.getValue() == null || e.getValue().isBlank()) {
          throw new IllegalArgumentException(
              "attribute '" + e.getKey() + "' of participant " + id + " must not be blank");
        }
      }
    }
    attributes = AttributeMap.copyOf(attributes);
    Objects.requireNonNull(offers, "offers");
    Objects.requireNonNull(seeks, "seeks");
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "capacity must be at least 1 but was " + capacity + " for participant " + id);
    }
  }

  /** A participant with no attributes and capacity 1. */
  public static Participant of(String id, SkillVector offers, SkillVector seeks) {
    return new Participant(id, Map.of(), offers, seeks, 1);
  }

  /** Starts a builder for the participant {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The value of attribute {@code name}, if this participant has it. */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /** A builder of {@link Participant}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final TreeMap<String, String> attributes = new TreeMap<>();
    private SkillVector offers = SkillVector.empty();
    private SkillVector seeks = SkillVector.empty();
    private int capacity = 1;

    private Builder(String id) {
      this.id = id;
    }

    /** Sets attribute {@code name} to {@code value}. */
    public Builder attribute(String name, String value) {
      attributes.put(name, value);
      return this;
    }

    /** Sets all of {@code attributes}. */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes.putAll(attributes);
      return this;
    }

    /** Sets what the participant can teach. */
    public Builder offers(SkillVector offers) {
      this.offers = offers;
      return this;
    }

    /** Sets what the participant can teach, in the text form of {@link SkillVector#parse}. */
    public Builder offers(String offers) {
      return offers(SkillVector.parse(offers));
    }

    /** Sets what the participant wants to learn. */
    public Builder seeks(SkillVector seeks) {
      this.seeks = seeks;
      return this;
    }

    /** Sets what the participant wants to learn, in the text form of {@link SkillVector#parse}. */
    public Builder seeks(String seeks) {
      return seeks(SkillVector.parse(seeks));
    }

    /** Sets how many partners the participant may have at most (default 1). */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /** Builds the participant, validating every field. */
    public Participant build() {
      return new Participant(id, attributes, offers, seeks, capacity);
    }
  }
}
