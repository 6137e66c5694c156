package dev.cognitolint.model;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found: which rule, how serious, what to do, and where.
 *
 * @param rule the rule that found it
 * @param severity its severity (the rule's, unless configured otherwise)
 * @param message what is wrong and what to write instead
 * @param path the file, as shown in reports
 * @param span where in the file
 * @param location the logical location: the client's name and the property path, e.g. {@code
 *     MyClient/CallbackURLs/1}; stable when lines move
 * @param suppression null, or the reason a suppression in the file gives ("" when it gives none)
 * @param subject what it is about, for baselines and fingerprints; a finding made without one is
 *     about its location as a whole
 * @param fix null, or the edits that repair it
 * @param related the other places in the file the finding concerns (CL204: the CallbackURLs its
 *     DefaultRedirectURI is missing from), for SARIF's relatedLocations and the editor's
 *     relatedInformation
 */
public record Finding(
    RuleMeta rule,
    Severity severity,
    String message,
    String path,
    Span span,
    String location,
    String suppression,
    Subject subject,
    Fix fix,
    List<Related> related) {

  /** Another place a finding concerns, and what it is to the finding. */
  public record Related(Span span, String message) {}

  public Finding {
    if (subject == null) subject = new Subject(location, "");
    related = related == null ? List.of() : List.copyOf(related);
  }

  public Finding(
      RuleMeta rule,
      Severity severity,
      String message,
      String path,
      Span span,
      String location,
      String suppression,
      Subject subject,
      Fix fix) {
    this(rule, severity, message, path, span, location, suppression, subject, fix, List.of());
  }

  public Finding(
      RuleMeta rule, Severity severity, String message, String path, Span span, String location) {
    this(rule, severity, message, path, span, location, null);
  }

  public Finding(
      RuleMeta rule,
      Severity severity,
      String message,
      String path,
      Span span,
      String location,
      String suppression) {
    this(rule, severity, message, path, span, location, suppression, null);
  }

  public Finding(
      RuleMeta rule,
      Severity severity,
      String message,
      String path,
      Span span,
      String location,
      String suppression,
      Subject subject) {
    this(rule, severity, message, path, span, location, suppression, subject, null);
  }

  public boolean isSuppressed() {
    return suppression != null;
  }

  public Finding suppressedBecause(String reason) {
    return new Finding(
        rule, severity, message, path, span, location, reason, subject, fix, related);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        rule, newSeverity, message, path, span, location, suppression, subject, fix, related);
  }

  public Finding withFix(Fix newFix) {
    return new Finding(
        rule, severity, message, path, span, location, suppression, subject, newFix, related);
  }

  /** Report order: by file, line, column, rule, then message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparing(Finding::span)
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);
}
