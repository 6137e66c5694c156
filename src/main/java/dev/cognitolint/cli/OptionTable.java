package dev.cognitolint.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A command's options and parameters as a table, one entry an option, from which the arguments are
 * parsed and the --help text and the shell completion are made. Parsing follows the GNU/picocli
 * conventions the command line has always had: {@code --name=VALUE} or {@code --name VALUE},
 * clustered short options ({@code -vf json}, {@code -fjson}), options anywhere among the
 * parameters, {@code --} ends the options, {@code -} alone is a parameter, a single-value option or
 * a flag given twice is an error, and {@code -h}/{@code --help} or {@code -V}/{@code --version}
 * anywhere wins over every error. No reflection and no @file expansion: a file named {@code @args}
 * is a path.
 */
final class OptionTable {
  /** Takes an option's or a parameter's text. */
  interface Setter {
    void set(String value) throws BadValue;
  }

  /** A value that does not convert; the message says what was expected ("'abc' is not an int"). */
  static final class BadValue extends Exception {
    BadValue(String message) {
      super(message, null, false, false);
    }
  }

  /** A command line that cannot be parsed: the message is one line, without the --help hint. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** What the arguments ask for. */
  enum Outcome {
    RUN,
    HELP,
    VERSION
  }

  /** What completes an option's value or a parameter in a shell. */
  sealed interface Completion permits Files, Words, Nothing {}

  /** File names. */
  record Files() implements Completion {}

  /** One of these words. */
  record Words(Supplier<List<String>> words) implements Completion {}

  /** Free text: nothing to offer. */
  record Nothing() implements Completion {}

  static final Completion FILES = new Files();
  static final Completion NOTHING = new Nothing();

  /**
   * @param names the option's names, short first ("-f", "--format")
   * @param label the value's name in the help ("FORMAT"), null for a flag
   * @param repeatable whether it may be given more than once
   * @param commaList whether each value is a comma-separated list
   */
  record Option(
      List<String> names,
      String label,
      boolean repeatable,
      boolean commaList,
      String description,
      Completion completion,
      Setter set) {
    boolean isFlag() {
      return label == null;
    }

    /** "=RULE[,RULE...]", as the help shows the value. */
    String shownValue() {
      return isFlag() ? "" : "=" + label + (commaList ? "[," + label + "...]" : "");
    }

    String longest() {
      return names.get(names.size() - 1);
    }

    String shortest() {
      return names.get(0);
    }
  }

  private record Parameter(
      String label, boolean many, String description, Completion completion, Setter set) {}

  private final String command;
  private final String description;
  private final boolean sortOptions;
  private final List<Option> options = new ArrayList<>();
  private final Map<String, Option> byName = new LinkedHashMap<>();
  private Parameter parameter;

  /**
   * Whether the command checks for a missing parameter itself (the lint command: --print-config
   * needs none).
   */
  private boolean parameterChecked;

  private final List<String> epilogue = new ArrayList<>();

  /**
   * @param command the command's name as the help shows it ("cognito-lint rules")
   * @param sortOptions list the options in the help by name instead of in the order they were added
   */
  OptionTable(String command, String description, boolean sortOptions) {
    this.command = command;
    this.description = description;
    this.sortOptions = sortOptions;
  }

  String command() {
    return command;
  }

  List<Option> options() {
    return options;
  }

  /** How the parameter completes (nothing when the command takes none). */
  Completion parameterCompletion() {
    return parameter == null ? NOTHING : parameter.completion();
  }

  /** A flag: on when given ({@code --name=false} turns it off). */
  OptionTable flag(String names, String description, Runnable set) {
    return add(
        names,
        null,
        false,
        false,
        description,
        NOTHING,
        value -> {
          if (value.equals("true")) set.run();
          else if (!value.equals("false")) throw new BadValue("'" + value + "' is not a boolean");
        });
  }

  /** An option with one value, given at most once. */
  OptionTable value(
      String names, String label, String description, Completion completion, Setter set) {
    return add(names, label, false, false, description, completion, set);
  }

  /** An option that may be repeated; each value goes to {@code set}. */
  OptionTable repeatable(
      String names, String label, String description, Completion completion, Setter set) {
    return add(names, label, true, false, description, completion, set);
  }

  /** An option whose every value is a comma-separated list ({@code --enable CL201,CL202}). */
  OptionTable commaList(
      String names, String label, String description, Completion completion, Setter set) {
    return add(
        names,
        label,
        true,
        true,
        description,
        completion,
        value -> {
          for (String item : value.split(",", -1)) set.set(item);
        });
  }

  /** The positional parameter: required, once or ({@code many}) one or more times. */
  OptionTable parameter(
      String label, boolean many, String description, Completion completion, Setter set) {
    parameter = new Parameter(label, many, description, completion, set);
    return this;
  }

  /** The command says itself when the parameter is missing, for it is not always needed. */
  OptionTable parameterCheckedByCommand() {
    parameterChecked = true;
    return this;
  }

  /** -h/--help and -V/--version, which {@link #parse} answers with HELP and VERSION. */
  OptionTable standardHelp() {
    add("-h, --help", null, false, false, "Show this help message and exit.", NOTHING, value -> {});
    return add(
        "-V, --version",
        null,
        false,
        false,
        "Print version information and exit.",
        NOTHING,
        value -> {});
  }

  /** Lines after the options in the help (a heading, a list). */
  OptionTable epilogue(String... lines) {
    epilogue.addAll(List.of(lines));
    return this;
  }

  private OptionTable add(
      String names,
      String label,
      boolean repeatable,
      boolean commaList,
      String description,
      Completion completion,
      Setter set) {
    Option option =
        new Option(
            List.of(names.split(", ")), label, repeatable, commaList, description, completion, set);
    options.add(option);
    for (String name : option.names()) byName.put(name, option);
    return this;
  }

  /**
   * Parses {@code args} into the setters.
   *
   * @return HELP or VERSION when they were asked for (anywhere, whatever else is wrong), else RUN
   * @throws UsageException the first problem, when neither was asked for
   */
  Outcome parse(String[] args) throws UsageException {
    Option help = byName.get("--help");
    Option version = byName.get("--version");
    Set<Option> given = new HashSet<>();
    String problem = null;
    int parameters = 0;
    boolean endOfOptions = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      try {
        if (endOfOptions || arg.equals("-") || !arg.startsWith("-")) {
          parameter(arg, i, parameters++);
        } else if (arg.equals("--")) {
          endOfOptions = true;
        } else if (arg.startsWith("--") || byName.containsKey(arg)) {
          int eq = arg.indexOf('=');
          Option option = byName.get(eq < 0 ? arg : arg.substring(0, eq));
          if (option == null) throw new UsageException("unknown option: '" + arg + "'");
          if (eq >= 0) give(option, given, arg.substring(eq + 1));
          else if (option.isFlag()) give(option, given, "true");
          else give(option, given, valueAfter(option, args, ++i));
        } else {
          i = cluster(args, i, given);
        }
      } catch (UsageException e) {
        if (problem == null) problem = e.getMessage();
      }
    }
    if (given.contains(help)) return Outcome.HELP;
    if (given.contains(version)) return Outcome.VERSION;
    if (problem != null) throw new UsageException(problem);
    if (parameter != null && parameters == 0 && !parameterChecked)
      throw new UsageException("missing required parameter: '" + parameter.label() + "'");
    return Outcome.RUN;
  }

  /**
   * Short options run together: flags, then at most one option with its value ({@code -vfjson}).
   */
  private int cluster(String[] args, int i, Set<Option> given) throws UsageException {
    String arg = args[i];
    for (int at = 1; at < arg.length(); at++) {
      Option option = byName.get("-" + arg.charAt(at));
      if (option == null) {
        throw new UsageException(
            at == 1
                ? "unknown option: '" + arg + "'"
                : "unknown option: '-"
                    + arg.charAt(at)
                    + "' (while processing option: '"
                    + arg
                    + "')");
      }
      if (option.isFlag()) {
        give(option, given, "true");
        continue;
      }
      String rest = arg.substring(at + 1);
      if (rest.startsWith("=")) rest = rest.substring(1);
      give(option, given, rest.isEmpty() ? valueAfter(option, args, ++i) : rest);
      break;
    }
    return i;
  }

  private String valueAfter(Option option, String[] args, int i) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(
          "missing required parameter for option '"
              + option.longest()
              + "' ("
              + option.label()
              + ")");
    }
    String next = args[i];
    int eq = next.indexOf('=');
    if (next.equals("--")
        || byName.containsKey(next)
        || (next.startsWith("--") && eq > 0 && byName.containsKey(next.substring(0, eq)))) {
      throw new UsageException(
          "expected parameter for option '" + option.longest() + "' but found '" + next + "'");
    }
    return next;
  }

  private static void give(Option option, Set<Option> given, String value) throws UsageException {
    if (!given.add(option) && !option.repeatable()) {
      throw new UsageException(
          "option '"
              + option.longest()
              + "'"
              + (option.isFlag() ? "" : " (" + option.label() + ")")
              + " should be specified only once");
    }
    try {
      option.set().set(value);
    } catch (BadValue e) {
      throw new UsageException(
          "invalid value for option '" + option.longest() + "': " + e.getMessage());
    }
  }

  private void parameter(String arg, int index, int position) throws UsageException {
    if (parameter == null || (position > 0 && !parameter.many())) {
      throw new UsageException("unmatched argument at index " + index + ": '" + arg + "'");
    }
    try {
      parameter.set().set(arg);
    } catch (BadValue e) {
      throw new UsageException(
          "invalid value for positional parameter at index "
              + position
              + " ("
              + parameter.label()
              + "): "
              + e.getMessage());
    }
  }

  // --- values
  // -------------------------------------------------------------------------------------

  /** The constant of {@code type} named {@code value}, in any case. */
  static <E extends Enum<E>> E choice(Class<E> type, String value) throws BadValue {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) return constant;
    }
    throw new BadValue(
        "expected one of "
            + List.of(type.getEnumConstants())
            + " (case-insensitive) but was '"
            + value
            + "'");
  }

  /** The names of {@code type}'s constants, in order. */
  static List<String> choices(Class<? extends Enum<?>> type) {
    return List.of(type.getEnumConstants()).stream().map(Enum::name).toList();
  }

  static int intValue(String value) throws BadValue {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadValue("'" + value + "' is not an int");
    }
  }

  static long longValue(String value) throws BadValue {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BadValue("'" + value + "' is not a long");
    }
  }

  static double doubleValue(String value) throws BadValue {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new BadValue("'" + value + "' is not a double");
    }
  }

  // --- help
  // ---------------------------------------------------------------------------------------

  /** Lines end before column 80; a paragraph's last may fill it (as picocli wrapped the help). */
  private static final int WIDTH = 80;

  /** Long option names longer than this put their description on the next line. */
  private static final int LONG_COLUMN = 22;

  /** The --help text. */
  String help() {
    StringBuilder out = new StringBuilder();
    String usage = "Usage: " + command + " ";
    wrap(out, synopsis(), usage, " ".repeat(usage.length()), WIDTH);
    wrap(out, description, "", "", WIDTH);
    List<Option> listed = new ArrayList<>(options);
    if (sortOptions)
      listed.sort(
          Comparator.comparing(o -> o.shortest().replace("-", "").toLowerCase(Locale.ROOT)));
    List<String[]> rows = new ArrayList<>();
    if (parameter != null)
      rows.add(
          new String[] {
            "", parameter.label() + (parameter.many() ? "..." : ""), parameter.description()
          });
    for (Option o : listed) {
      String first = o.names().size() > 1 ? o.shortest() + "," : "";
      String rest =
          String.join(", ", o.names().subList(o.names().size() > 1 ? 1 : 0, o.names().size()));
      rows.add(new String[] {first, rest + o.shownValue(), o.description()});
    }
    int longWidth =
        Math.min(LONG_COLUMN, rows.stream().mapToInt(r -> r[1].length()).max().orElse(0) + 3);
    String indent = " ".repeat(6 + longWidth);
    for (String[] row : rows) {
      String head = "  " + pad(row[0], 3) + " " + row[1];
      if (row[1].length() < longWidth) {
        wrap(out, row[2], pad(head, indent.length()), indent + "  ", WIDTH);
      } else {
        out.append(head).append('\n');
        wrap(out, row[2], indent, indent + "  ", WIDTH);
      }
    }
    for (String line : epilogue) out.append(line).append('\n');
    return out.toString();
  }

  /**
   * "[-hvV] [--show-suppressed] [--baseline=FILE] ... [--plugin=JAR]... PATH...", as picocli wrote
   * it.
   */
  private String synopsis() {
    Comparator<Option> byName =
        Comparator.comparing(o -> o.shortest().replace("-", "").toLowerCase(Locale.ROOT));
    List<String> parts = new ArrayList<>();
    String shortFlags =
        options.stream()
            .filter(o -> o.isFlag() && o.shortest().length() == 2)
            .map(o -> o.shortest().substring(1))
            .sorted(
                Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
                    .thenComparing(Comparator.reverseOrder()))
            .reduce("", String::concat);
    if (!shortFlags.isEmpty()) parts.add("[-" + shortFlags + "]");
    options.stream()
        .filter(o -> o.isFlag() && o.shortest().length() > 2)
        .sorted(byName)
        .forEach(o -> parts.add("[" + o.shortest() + "]"));
    options.stream()
        .filter(o -> !o.isFlag() && !o.repeatable())
        .sorted(byName)
        .forEach(o -> parts.add("[" + o.shortest() + o.shownValue() + "]"));
    options.stream()
        .filter(o -> !o.isFlag() && o.repeatable())
        .sorted(byName)
        .forEach(o -> parts.add("[" + o.shortest() + o.shownValue() + "]..."));
    if (parameter != null) parts.add(parameter.label() + (parameter.many() ? "..." : ""));
    return String.join(" ", parts);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /**
   * {@code text} broken at spaces into lines, the first after {@code first}, the others after
   * {@code indent}: a line another follows has at most {@code width - 1} characters, the last at
   * most {@code width}.
   */
  private static void wrap(StringBuilder out, String text, String first, String indent, int width) {
    String[] words = text.split(" ");
    StringBuilder line = new StringBuilder(first);
    int empty = first.length();
    for (int i = 0; i < words.length; i++) {
      int length = line.length() + (line.length() > empty ? 1 : 0) + words[i].length();
      if (line.length() > empty && length > (i == words.length - 1 ? width : width - 1)) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
        empty = indent.length();
      }
      if (line.length() > empty) line.append(' ');
      line.append(words[i]);
    }
    out.append(line).append('\n');
  }
}
