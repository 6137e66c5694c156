package dev.cognitolint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cognito-lint completion bash|zsh}: a completion script made from the commands' option
 * tables; it completes options, their values (formats, levels, rule ids, files), subcommands and
 * paths. The same script serves zsh through bashcompinit.
 */
final class CompletionCommand implements Subcommands.Command {
  enum Shell {
    bash,
    zsh
  }

  private final PrintWriter out;

  CompletionCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
  }

  @Override
  public OptionTable options() {
    return new OptionTable(
            "cognito-lint completion",
            "Print a shell completion script: eval \"$(cognito-lint completion bash)\" in ~/.bashrc, "
                + "or the same with zsh in ~/.zshrc.",
            true)
        .parameter(
            "SHELL",
            false,
            "bash, zsh",
            Main.words(Shell.class),
            v -> OptionTable.choice(Shell.class, v))
        .standardHelp();
  }

  @Override
  public int call() {
    List<OptionTable> commands = new ArrayList<>();
    commands.add(new Main(null, null, null, new String[0], null, false).options());
    for (String name : Subcommands.NAMES)
      commands.add(Subcommands.COMMANDS.get(name).apply(null, null).options());
    out.print(script(commands));
    out.flush();
    return 0;
  }

  /**
   * The script: a function for each command, the lint command's first, chosen by the first word.
   */
  static String script(List<OptionTable> commands) {
    StringBuilder s = new StringBuilder();
    s.append("# cognito-lint completion for bash, and for zsh through bashcompinit:\n")
        .append(
            "#   eval \"$(cognito-lint completion bash)\"   # in ~/.bashrc (completion zsh in ~/.zshrc)\n")
        .append("if [ -n \"${ZSH_VERSION:-}\" ]; then\n")
        .append("  autoload -U +X compinit && compinit\n")
        .append("  autoload -U +X bashcompinit && bashcompinit\n")
        .append("fi\n\n");
    for (OptionTable command : commands) function(s, command, command == commands.get(0));
    s.append("_cognito_lint() {\n")
        .append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" first=\"\" i\n")
        .append("  [ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n")
        .append("  [ \"$COMP_CWORD\" -gt 1 ] && first=\"${COMP_WORDS[1]}\"\n")
        .append("  # --format=<TAB>: bash splits the word at '='\n")
        .append(
            "  if [ \"$cur\" = \"=\" ]; then cur=\"\"; elif [ \"$prev\" = \"=\" ] && [ \"$COMP_CWORD\" -gt 1 ]; then prev=\"${COMP_WORDS[COMP_CWORD-2]}\"; fi\n")
        .append("  COMPREPLY=()\n")
        .append("  # after --, every word is a path\n")
        .append("  for ((i = 1; i < COMP_CWORD; i++)); do\n")
        .append(
            "    if [ \"${COMP_WORDS[i]}\" = \"--\" ]; then COMPREPLY=($(compgen -f -- \"$cur\")); return 0; fi\n")
        .append("  done\n")
        .append("  case \"$first\" in\n");
    for (OptionTable command : commands.subList(1, commands.size())) {
      s.append("    ")
          .append(subcommand(command))
          .append(") ")
          .append(functionName(command))
          .append(" ;;\n");
    }
    s.append("    *) ")
        .append(functionName(commands.get(0)))
        .append(" ;;\n")
        .append("  esac\n")
        .append("  return 0\n")
        .append("}\n")
        .append("complete -o filenames -F _cognito_lint cognito-lint\n");
    return s.toString();
  }

  private static void function(StringBuilder s, OptionTable command, boolean lint) {
    s.append(functionName(command)).append("() {\n  case \"$prev\" in\n");
    List<String> names = new ArrayList<>();
    for (OptionTable.Option option : command.options()) {
      names.addAll(option.names());
      if (!option.isFlag()) {
        s.append("    ")
            .append(String.join("|", option.names()))
            .append(") ")
            .append(reply(option.completion()))
            .append("; return ;;\n");
      }
    }
    s.append("  esac\n  case \"$cur\" in\n")
        .append("    -*) COMPREPLY=($(compgen -W ")
        .append(words(names))
        .append(" -- \"$cur\")) ;;\n")
        .append("    *) ")
        .append(reply(command.parameterCompletion()));
    if (lint) {
      s.append("\n       [ \"$COMP_CWORD\" -eq 1 ] && COMPREPLY+=($(compgen -W ")
          .append(words(Subcommands.NAMES))
          .append(" -- \"$cur\"))");
    }
    s.append(" ;;\n  esac\n}\n\n");
  }

  private static String reply(OptionTable.Completion completion) {
    if (completion instanceof OptionTable.Words w)
      return "COMPREPLY=($(compgen -W " + words(w.words().get()) + " -- \"$cur\"))";
    return completion instanceof OptionTable.Files ? "COMPREPLY=($(compgen -f -- \"$cur\"))" : ":";
  }

  private static String functionName(OptionTable command) {
    String name = command.command();
    return "_cognito_lint_" + (name.contains(" ") ? subcommand(command) : "lint");
  }

  private static String subcommand(OptionTable command) {
    return command.command().substring(command.command().lastIndexOf(' ') + 1);
  }

  /** The words as one single-quoted shell word. */
  private static String words(List<String> words) {
    return "'" + String.join(" ", words).replace("'", "'\\''") + "'";
  }
}
