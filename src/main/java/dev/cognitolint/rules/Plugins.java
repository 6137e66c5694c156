package dev.cognitolint.rules;

import dev.cognitolint.model.RuleMeta;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Rule packs: jars that list their {@link Rule} classes in {@code
 * META-INF/services/dev.cognitolint.rules.Rule}. Only the jars named with --plugin are loaded;
 * nothing is found on the class path by itself.
 */
public final class Plugins {
  private Plugins() {}

  /** A plugin that cannot be used; the message names the jar. */
  public static final class PluginException extends Exception {
    PluginException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The rules of the jars, as {@link PluginRule}s. Whatever a jar's code throws while it is loaded
   * (a class that is not a Rule, a constructor that fails, a class built for a newer Java) is a
   * PluginException, that is a usage error, not a crash.
   */
  public static List<Rule> load(List<Path> jars) throws PluginException {
    List<Rule> rules = new ArrayList<>();
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar))
        throw new PluginException("--plugin " + jar + ": no such file");
      try (JarFile file = new JarFile(jar.toFile())) {
        // only opened, to tell a file that is not a jar from a jar that lists no rules
      } catch (IOException e) {
        throw new PluginException("--plugin " + jar + ": not a jar (" + e.getMessage() + ")");
      }
      URL url;
      try {
        url = jar.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new PluginException("--plugin " + jar + ": " + e.getMessage());
      }
      // The loader stays open for the run: the rules' classes and docs are read from it.
      @SuppressWarnings("resource")
      URLClassLoader loader = new URLClassLoader(new URL[] {url}, Plugins.class.getClassLoader());
      String name = String.valueOf(jar.getFileName());
      int before = rules.size();
      PluginActivity.begin("plugin " + name + " while it was loaded");
      try {
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
          if (rule.getClass().getClassLoader() != loader)
            continue; // a rule of ours, seen through the parent
          rules.add(new PluginRule(rule, name, checked(rule.meta(), rule)));
        }
      } catch (PluginException e) {
        close(loader);
        throw new PluginException("--plugin " + jar + ": " + e.getMessage());
      } catch (Throwable e) {
        PluginChecks.rethrowIfJvmFailure(e);
        close(loader);
        throw new PluginException(
            "--plugin "
                + jar
                + ": "
                + e.getMessage()
                + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
      } finally {
        PluginActivity.end();
      }
      if (rules.size() == before) {
        close(loader);
        throw new PluginException(
            "--plugin " + jar + ": no rules listed in META-INF/services/" + Rule.class.getName());
      }
    }
    return rules;
  }

  // The patterns the configuration file accepts for rule ids and names
  // (schemas/cognito-lint-config.schema.json).
  private static final Pattern ID = Pattern.compile("[A-Z]{2,}[0-9]{3}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static RuleMeta checked(RuleMeta meta, Rule rule) throws PluginException {
    String what = rule.getClass().getName();
    if (meta == null
        || meta.severity() == null
        || meta.summary() == null
        || meta.docsUrl() == null) {
      throw new PluginException(what + ": its metadata is incomplete");
    }
    if (meta.id() == null || !ID.matcher(meta.id()).matches()) {
      throw new PluginException(
          what
              + ": the id '"
              + meta.id()
              + "' is not two or more capital letters and three digits (EX001)");
    }
    if (meta.name() == null || !NAME.matcher(meta.name()).matches()) {
      throw new PluginException(
          what + ": the name '" + meta.name() + "' is not kebab-case (client-name-team-prefix)");
    }
    return meta;
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // nothing more to do about a jar we are refusing anyway
    }
  }
}
