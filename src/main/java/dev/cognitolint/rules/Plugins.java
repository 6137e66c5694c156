package dev.cognitolint.rules;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Rule packs: jars that list their {@link Rule} classes in
 * {@code META-INF/services/dev.cognitolint.rules.Rule}. Only the jars named with --plugin are
 * loaded; nothing is found on the class path by itself.
 */
public final class Plugins {
  private Plugins() {}

  /** A plugin that cannot be used; the message names the jar. */
  public static final class PluginException extends Exception {
    PluginException(String message) {
      super(message, null, false, false);
    }
  }

  public static List<Rule> load(List<Path> jars) throws PluginException {
    List<Rule> rules = new ArrayList<>();
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) throw new PluginException("--plugin " + jar + ": no such file");
      URL url;
      try {
        url = jar.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new PluginException("--plugin " + jar + ": " + e.getMessage());
      }
      // The loader stays open for the run: the rules' classes and docs are read from it.
      @SuppressWarnings("resource")
      URLClassLoader loader = new URLClassLoader(new URL[] {url}, Plugins.class.getClassLoader());
      int before = rules.size();
      try {
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
          if (rule.getClass().getClassLoader() != loader) continue; // a rule of ours, seen through the parent
          rule.meta(); // fails early on a rule without @RuleInfo
          rules.add(rule);
        }
      } catch (ServiceConfigurationError | IllegalStateException e) {
        close(loader);
        throw new PluginException("--plugin " + jar + ": " + e.getMessage());
      }
      if (rules.size() == before) {
        close(loader);
        throw new PluginException("--plugin " + jar + ": no rules listed in META-INF/services/" + Rule.class.getName());
      }
    }
    return rules;
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // nothing more to do about a jar we are refusing anyway
    }
  }
}
