package dev.cognitolint.cli;

import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.report.RuleDocs;
import dev.cognitolint.rules.Plugins;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cognito-lint explain CL201}: the rule's doc, from the jar, rendered for a terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Print a rule's documentation: why it matters, a bad and a good example, references.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RULE", completionCandidates = RuleCatalog.Ids.class,
      description = "A rule id (CL201) or name (callback-url-https).")
  String rule;

  @Mixin
  CatalogOptions options;

  @Override
  public Integer call() throws Plugins.PluginException {
    RuleCatalog catalog = options.catalog();
    Optional<RuleMeta> found = catalog.find(rule);
    if (found.isEmpty()) {
      options.err().println("cognito-lint: no rule '" + SafeText.visible(rule) + "'"
          + catalog.nearest(rule).map(n -> "; did you mean " + n + "?").orElse("") + " (cognito-lint rules lists them)");
      return 2;
    }
    RuleMeta meta = found.get();
    String doc = RuleDocs.markdown(meta)
        .orElse("# " + meta.id() + " " + meta.name() + "\n\n" + meta.summary() + "\n\nNo documentation is installed for this rule.\n");
    options.out().print(TerminalText.render(doc) + "\nOnline: " + meta.docsUrl() + "\n");
    options.out().flush();
    return 0;
  }
}
