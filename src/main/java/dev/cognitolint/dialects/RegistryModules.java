package dev.cognitolint.dialects;

import dev.cognitolint.model.Locations;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import dev.cognitolint.syntax.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented defaults of the user-pool modules of the Terraform Registry that define app
 * clients, per module version: {@code terraform-module-defaults.json}, taken from each module's
 * {@code variables.tf} at its release tags (the file names its sources). A call that pins no
 * version the file has (none, a range such as {@code ~> 0.24}) gets no defaults: what it omits
 * stays unknown.
 */
final class RegistryModules {
  private RegistryModules() {}

  private static final String RESOURCE = "/dev/cognitolint/dialects/terraform-module-defaults.json";

  /** {@code 0.24.0}, {@code = 0.24.0}, {@code v0.9.2}: one version, not a range. */
  private static final Pattern PINNED = Pattern.compile("=?\\s*v?(\\d+\\.\\d+\\.\\d+)");

  /** registry.terraform.io/ is where a source without a host is looked up. */
  private static final String REGISTRY = "registry.terraform.io/";

  private static final JsonNode MODULES = load();

  private static JsonNode load() {
    try (InputStream in = RegistryModules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
      return JsonMapper.builder().build().readTree(in).path("modules");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The defaults of the module {@code source} at {@code version}, or null when they are not known.
   */
  static Defaults defaults(String source, JsonNode version) {
    String module = source.toLowerCase(Locale.ROOT);
    if (module.startsWith(REGISTRY)) module = module.substring(REGISTRY.length());
    JsonNode known = MODULES.path(module);
    if (!known.isObject() || !version.isString()) return null;
    Matcher pinned = PINNED.matcher(version.stringValue().strip());
    if (!pinned.matches()) return null;
    JsonNode variables = known.path("versions").path(pinned.group(1));
    if (!variables.isObject()) return null;
    return new Defaults(
        new SourceFile(module + " " + pinned.group(1) + " variables.tf", ""),
        variables,
        known.path("itemDefaults").asString(""));
  }

  /**
   * A module version's defaults.
   *
   * @param file names where the values come from (their strings are literal, as in a .tf file)
   * @param variables the defaults of the module's client variables, by variable name
   * @param itemPrefix the prefix of the variables that fill the keys a {@code clients} item omits
   *     (mineiros-io's {@code default_client_}); "" when an omitted key is not set
   */
  record Defaults(SourceFile file, JsonNode variables, String itemPrefix) {

    /** What an item of the {@code clients} input gets for an argument it omits. */
    Terraform.Fill itemDefault(Document doc, JsonNode call, String callPointer, String argument) {
      if (itemPrefix.isEmpty()) return new Terraform.Fill(null, null, argument);
      String input = itemPrefix + argument;
      if (call.has(input))
        return new Terraform.Fill(doc, Pointers.append(callPointer, input), input);
      return variable(input, argument, doc.locations().key(callPointer));
    }

    /** What a client of the flat {@code client_*} inputs gets for an argument the call omits. */
    Terraform.Fill flatDefault(Document doc, String callPointer, String argument) {
      String input = Terraform.flatInput(argument);
      return variable(input, input, doc.locations().key(callPointer));
    }

    /**
     * The default of a variable, located at {@code at}; none for a variable the version lacks or a
     * default the provider does not send: null, and "", [] and {}, which the provider treats as not
     * set.
     */
    private Terraform.Fill variable(String variable, String writtenAs, Span at) {
      JsonNode value = variables.path(variable);
      if (value.isMissingNode()
          || value.isNull()
          || value.isContainer() && value.isEmpty()
          || value.isString() && value.stringValue().isEmpty())
        return new Terraform.Fill(null, null, writtenAs);
      return new Terraform.Fill(
          new Document(file, value, new Locations().below("", at), List.of(), List.of()),
          "",
          writtenAs);
    }
  }
}
