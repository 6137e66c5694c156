package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.model.Scenarios.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which conditions a finding that only some scenarios have is said to need. */
class ScenarioFindingsTest {

  /**
   * Scenarios of A and B in the order Scenarios makes them: 0 is A and B true, 1 A false, 2 B
   * false, 3 both false.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      0 2 | when A is true
      1 3 | when A is false
      2   | when A is true and B is false
      1 2 | when A is false and B is true, or when A is true and B is false
      0 1 2 | when A is true, or when B is true
      """)
  void namesTheFewestConditionsThatDecide(String present, String expected) {
    List<Scenario> scenarios = new ArrayList<>();
    for (int bits = 0; bits < 4; bits++) {
      Map<String, Boolean> assignment = new LinkedHashMap<>();
      assignment.put("A", (bits & 1) == 0);
      assignment.put("B", (bits & 2) == 0);
      scenarios.add(new Scenario(null, assignment));
    }
    Set<Integer> indices = new java.util.LinkedHashSet<>();
    for (String i : present.trim().split(" +")) indices.add(Integer.parseInt(i));
    assertEquals(expected, ScenarioFindings.when(scenarios, indices));
  }
}
