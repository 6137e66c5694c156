package dev.cognitolint.report;

import java.util.List;
import java.util.Optional;

/** Every report format, in the order help and completion list them. */
public final class ReportFormats {
  private ReportFormats() {}

  public static final List<ReportFormat> ALL =
      List.of(
          new TextFormat(),
          new SarifFormat(),
          new JsonFormat(),
          new GithubFormat(),
          new GitlabFormat(),
          new JunitFormat());

  public static Optional<ReportFormat> named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The names, as --format takes them. */
  public static List<String> names() {
    return ALL.stream().map(ReportFormat::name).toList();
  }
}
