package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Participant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People as CSV or JSON, header names in any case, common aliases. */
class PeopleFileTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void csv_spreadsheetHeaders_areMatchedCaseInsensitively_withAliases() throws IOException {
    Path file =
        file(
            "org.csv",
            "Email,Name,ROLE,Dept,Time Zone,Max Partners,Can Teach,Wants To Learn\n"
                + "ana@x.org,Ana,Mentor,Eng,UTC,2,go:0.9,\n"
                + "ben@x.org,Ben,mentee,Ops,UTC+1,,,go:0.5\n");
    List<Participant> people = PeopleFile.read(file);
    Participant ana = people.get(0);
    assertThat(ana.id()).isEqualTo("ana@x.org");
    assertThat(ana.attributes())
        .containsEntry("name", "Ana")
        .containsEntry("role", "mentor")
        .containsEntry("department", "Eng")
        .containsEntry("timezone", "UTC");
    assertThat(ana.capacity()).isEqualTo(2);
    assertThat(ana.offers().toString()).isEqualTo("go:0.9");
    assertThat(people.get(1).seeks().toString()).isEqualTo("go:0.5");
  }

  /** A people CSV of {@code rows} valid people, with {@code line -> text} replacing some lines. */
  private Path big(int rows, java.util.Map<Integer, String> replaced) throws IOException {
    StringBuilder b = new StringBuilder("id,team,offers,seeks\n");
    for (int line = 2; line < rows + 2; line++) {
      b.append(replaced.getOrDefault(line, "p" + line + ",t" + (line % 7) + ",go:0.5;sql:0.25,"))
          .append('\n');
    }
    return file("big.csv", b.toString());
  }

  @Test
  void csv_manyRows_readInOrder_sharingEachNameAndValue() throws IOException {
    List<Participant> people = PeopleFile.read(big(20_000, java.util.Map.of()));
    assertThat(people).hasSize(20_000);
    for (int i = 0; i < people.size(); i++) {
      assertThat(people.get(i).id()).isEqualTo("p" + (i + 2));
    }
    // One instance per skill name and per attribute value, whichever worker parsed the row.
    assertThat(people.get(19_999).offers().skill(0)).isSameAs(people.get(0).offers().skill(0));
    assertThat(people.get(19_998).attribute("team").orElseThrow())
        .isSameAs(people.get(6).attribute("team").orElseThrow());
  }

  @Test
  void csv_manyRows_theFirstErrorOfTheFileIsReported() throws IOException {
    // A duplicate id in one chunk of rows, a bad level in a later one: the duplicate comes first.
    Path both = big(20_000, java.util.Map.of(9_000, "p100,t1,go:0.5,", 15_000, "x,t1,go:2,"));
    assertThatThrownBy(() -> PeopleFile.read(both))
        .hasMessageContaining("line 9000")
        .hasMessageContaining("duplicate participant id 'p100' (first on line 100)");
    // The first place of a person read long before (past the first thousand) is still known.
    Path late = big(20_000, java.util.Map.of(15_000, "p5000,t1,go:0.5,"));
    assertThatThrownBy(() -> PeopleFile.read(late))
        .hasMessageContaining("line 15000")
        .hasMessageContaining("duplicate participant id 'p5000' (first on line 5000)");
    // A bad level before a duplicate in the same chunk: the bad level comes first.
    Path same = big(20_000, java.util.Map.of(9_000, "x,t1,go:2,", 9_001, "p100,t1,go:0.5,"));
    assertThatThrownBy(() -> PeopleFile.read(same))
        .hasMessageContaining("line 9000")
        .hasMessageContaining("skill level must be in [0, 1] but was 2.0");
    // A bad row early, a malformed line (a quote left open) much later: the bad row comes first.
    Path quote = big(20_000, java.util.Map.of(30, "x,t1,go:nope,", 19_000, "y,\"t1,go:0.5,"));
    assertThatThrownBy(() -> PeopleFile.read(quote))
        .hasMessageContaining("line 30")
        .hasMessageContaining("not a number");
  }

  @Test
  void csv_ownNameWinsOverAnAlias() throws IOException {
    Path file = file("org.csv", "id,email,offers,seeks\na,a@x.org,,\n");
    Participant a = PeopleFile.read(file).get(0);
    assertThat(a.id()).isEqualTo("a");
    assertThat(a.attributes()).containsEntry("email", "a@x.org");
  }

  @Test
  void csv_twoColumnsForOneAttribute_isBadInput() throws IOException {
    Path file = file("org.csv", "id,Team,team ,offers,seeks\na,t1,t2,,\n");
    assertThatThrownBy(() -> PeopleFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org.csv")
        .hasMessageContaining("both give attribute 'team'");
  }

  @Test
  void csv_missingColumn_namesTheAliases() throws IOException {
    Path file = file("org.csv", "name,offers,seeks\nAna,,\n");
    assertThatThrownBy(() -> PeopleFile.read(file))
        .hasMessageContaining("missing column 'id' (also accepted: email");
  }

  @Test
  void json_arrayOrPeopleObject_skillsAsTextOrLevels() throws IOException {
    Path array =
        file(
            "a.json",
            """
            [
              {"id": "ana", "Role": "mentor", "dept": "eng", "capacity": 2, "tenure": 3.5,
               "offers": {"go": 0.9, "sql": 0.4}, "seeks": ""},
              {"email": "ben", "role": "mentee", "offers": null, "seeks": "go:0.5"}
            ]
            """);
    List<Participant> people = PeopleFile.read(array);
    assertThat(people).extracting(Participant::id).containsExactly("ana", "ben");
    assertThat(people.get(0).offers().toString()).isEqualTo("go:0.9;sql:0.4");
    assertThat(people.get(0).attributes())
        .containsEntry("department", "eng")
        .containsEntry("tenure", "3.5");
    assertThat(people.get(0).capacity()).isEqualTo(2);

    Path wrapped =
        file("b.people", "{\"people\": [{\"id\": \"x\", \"offers\": \"\", \"seeks\": \"\"}]}");
    assertThat(PeopleFile.read(wrapped)).extracting(Participant::id).containsExactly("x");
  }

  @Test
  void json_badSkillLevel_namesTheLineAndPerson() throws IOException {
    Path file =
        file(
            "org.json",
            """
            [
              {"id": "ana", "offers": "go:0.5", "seeks": ""},
              {"id": "ben", "offers": "go:1.5", "seeks": ""}
            ]
            """);
    assertThatThrownBy(() -> PeopleFile.read(file))
        .hasMessageContaining("org.json line 3 ([1])")
        .hasMessageContaining("skill level must be in [0, 1] but was 1.5");
  }

  @Test
  void json_duplicateId_namesBothPlaces() throws IOException {
    Path file =
        file(
            "org.json",
            "[{\"id\": \"a\", \"offers\": \"\", \"seeks\": \"\"},\n"
                + " {\"id\": \"a\", \"offers\": \"\", \"seeks\": \"\"}]");
    assertThatThrownBy(() -> PeopleFile.read(file))
        .hasMessageContaining("org.json line 2 ([1])")
        .hasMessageContaining("duplicate participant id 'a' (first on line 1 ([0]))");
  }

  @Test
  void json_notAnArray() throws IOException {
    Path file = file("org.json", "{\"folks\": []}");
    assertThatThrownBy(() -> PeopleFile.read(file))
        .hasMessageContaining("org.json line 1")
        .hasMessageContaining("expected an array of people");
  }

  @Test
  void csvAndJsonOfTheExamples_giveTheSamePeople() {
    Path examples = Path.of("..", "examples");
    List<Participant> csv = PeopleFile.read(examples.resolve("org.csv"));
    List<Participant> json = PeopleFile.read(examples.resolve("org.json"));
    assertThat(csv).hasSize(200);
    assertThat(json).isEqualTo(csv);
  }
}
