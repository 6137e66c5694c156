package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caps on findings a file and a run report, and the alias deduplication. */
class FindingCapsTest {
  private static final RuleMeta RULE =
      new RuleMeta("CL201", "callback-url-https", Severity.ERROR, "", true);

  private static Finding at(String path, int line, String location) {
    return new Finding(RULE, Severity.ERROR, "uses http", path, Span.at(line, 1), location);
  }

  @Test
  void aFileKeepsEachFindingOnceAndAtMostItsCap() {
    FindingCaps.FileFindings findings =
        new FindingCaps.FileFindings("f.yaml", id -> !id.equals("CL606"));
    assertTrue(findings.add(at("f.yaml", 1, "C0/CallbackURLs/0")));
    assertFalse(
        findings.add(at("f.yaml", 1, "C1/CallbackURLs/0")), "what an alias repeats at the anchor");
    assertFalse(
        findings.add(
            new Finding(
                new RuleMeta("CL606", "write-attributes-omitted", Severity.NOTE, "", false),
                Severity.NOTE,
                "off",
                "f.yaml",
                Span.START,
                "")),
        "a rule that is off");
    assertEquals(List.of(), findings.overflow());
    for (int line = 2; line <= FindingCaps.MAX_PER_FILE + 5; line++)
      findings.add(at("f.yaml", line, ""));
    assertEquals(FindingCaps.MAX_PER_FILE, findings.size());
    Finding notice = findings.overflow().get(0);
    assertEquals("CL004", notice.rule().id());
    assertEquals(
        "this file has more findings than the 20,000 a file reports: the first 20,000 found are reported, "
            + "5 more are not (a generated or hostile file?)",
        notice.message());
  }

  @Test
  void aRunKeepsItsFirstFindingsAndSaysWhereItStopped() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < FindingCaps.MAX_PER_RUN + 3; i++)
      findings.add(at(i < FindingCaps.MAX_PER_RUN ? "a.yaml" : "b.yaml", i + 1, ""));
    List<Finding> exactly = findings.subList(0, FindingCaps.MAX_PER_RUN);
    assertEquals(exactly, Linter.withinRunCap(exactly));
    List<Finding> capped = Linter.withinRunCap(findings);
    assertEquals(FindingCaps.MAX_PER_RUN + 1, capped.size());
    assertEquals(
        findings.subList(0, FindingCaps.MAX_PER_RUN), capped.subList(0, FindingCaps.MAX_PER_RUN));
    Finding notice = capped.get(FindingCaps.MAX_PER_RUN);
    assertEquals("b.yaml", notice.path());
    assertEquals(
        "this run has more findings than the 100,000 a run reports: 3 more, from here on, are not reported; "
            + "lint fewer files at a time",
        notice.message());
  }
}
