package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import java.util.List;

/**
 * Everything a report format needs from one run.
 *
 * @param findings    in report order
 * @param rules       every rule that could report, by id
 * @param filesLinted how many files were linted
 * @param errors      paths that could not be used (missing, unreadable directories)
 */
public record Report(List<Finding> findings, List<RuleMeta> rules, int filesLinted, List<String> errors) {}
