package dev.cognitolint.cli;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.report.RuleDocs;
import dev.cognitolint.rules.Plugins;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code cognito-lint explain CL201}: the rule's doc, from the jar, rendered for a terminal. */
final class ExplainCommand implements Subcommands.Command {
  private final PrintWriter out;
  private final PrintWriter err;
  private final CatalogOptions options = new CatalogOptions();
  private String rule;

  ExplainCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public OptionTable options() {
    return options
        .addTo(
            new OptionTable(
                    "cognito-lint explain",
                    "Print a rule's documentation: why it matters, a bad and a good example, references.",
                    true)
                .parameter(
                    "RULE",
                    false,
                    "A rule id (CL201) or name (callback-url-https).",
                    Main.RULE_IDS,
                    v -> rule = v))
        .standardHelp();
  }

  @Override
  public int call() throws Plugins.PluginException {
    RuleCatalog catalog = options.catalog();
    Optional<RuleMeta> found = catalog.find(rule);
    if (found.isEmpty()) {
      err.println(
          "cognito-lint: no rule '"
              + SafeText.visible(rule)
              + "'"
              + catalog.nearest(rule).map(n -> "; did you mean " + n + "?").orElse("")
              + " (cognito-lint rules lists them)");
      return 2;
    }
    RuleMeta meta = found.get();
    String doc =
        RuleDocs.markdown(meta)
            .orElse(
                "# "
                    + meta.id()
                    + " "
                    + meta.name()
                    + "\n\n"
                    + meta.summary()
                    + "\n\nNo documentation is installed for this rule.\n");
    out.print(TerminalText.render(doc) + "\nOnline: " + meta.docsUrl() + "\n");
    out.flush();
    return 0;
  }
}
