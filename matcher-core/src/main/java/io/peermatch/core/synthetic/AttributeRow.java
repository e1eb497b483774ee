package io.peermatch.core.synthetic;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A reusable, read-only view of one person's attributes, handed to the {@link
 * io.peermatch.api.Participant} constructor, which copies it. It spares a scratch map per person on
 * the hot path; entries iterate in name order, which keeps the constructor's copy cheap. Its
 * iterator returns one entry object repositioned at each step, so it is only for consumers that
 * read each entry before advancing, as that constructor does.
 */
final class AttributeRow extends AbstractMap<String, String> {

  /** Attribute names in name order; {@code manager} is index {@link #MANAGER}. */
  static final String[] NAMES = {
    "department", "location", "manager", "role", "seniority", "team", "tenure", "timezone"
  };

  static final int DEPARTMENT = 0;
  static final int LOCATION = 1;
  static final int MANAGER = 2;
  static final int ROLE = 3;
  static final int SENIORITY = 4;
  static final int TEAM = 5;
  static final int TENURE = 6;
  static final int TIMEZONE = 7;

  private final String[] values = new String[NAMES.length];
  private final Set<Map.Entry<String, String>> entries = new Entries();

  void set(int attribute, String value) {
    values[attribute] = value;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return entries;
  }

  /** A view of one slot of the row; valid until the iterator that returned it moves on. */
  private final class RowEntry implements Map.Entry<String, String> {
    private int index;

    @Override
    public String getKey() {
      return NAMES[index];
    }

    @Override
    public String getValue() {
      return values[index];
    }

    @Override
    public String setValue(String value) {
      throw new UnsupportedOperationException("attribute rows are read-only");
    }
  }

  private final class Entries extends AbstractSet<Map.Entry<String, String>> {
    @Override
    public int size() {
      int size = 0;
      for (String v : values) {
        if (v != null) {
          size++;
        }
      }
      return size;
    }

    @Override
    public Iterator<Map.Entry<String, String>> iterator() {
      return new Iterator<>() {
        // One entry object, repositioned by each next(): the consumer copies key and value at once.
        private final RowEntry entry = new RowEntry();
        private int next = advance(0);

        private int advance(int from) {
          int i = from;
          while (i < values.length && values[i] == null) {
            i++;
          }
          return i;
        }

        @Override
        public boolean hasNext() {
          return next < values.length;
        }

        @Override
        public Map.Entry<String, String> next() {
          if (next >= values.length) {
            throw new NoSuchElementException();
          }
          entry.index = next;
          next = advance(next + 1);
          return entry;
        }
      };
    }
  }
}
