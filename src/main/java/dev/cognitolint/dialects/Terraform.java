package dev.cognitolint.dialects;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Choice;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.Locations;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Span;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Unknown;
import dev.cognitolint.model.Values;
import dev.cognitolint.syntax.Document;
import dev.cognitolint.syntax.HclReader;
import dev.cognitolint.syntax.Syntax;
import dev.cognitolint.syntax.TemplateStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * App clients in Terraform: {@code aws_cognito_user_pool_client} and {@code
 * aws_cognito_managed_user_pool_client} resources in configurations ({@code .tf}, read by {@link
 * HclReader}, and {@code .tf.json}), the resolved values of plans and state ({@code terraform show
 * -json}, located at the .tf that declares each resource where {@link PlanSources} finds it), the
 * clients of local modules ({@link LocalModule}), and the {@code clients} inputs of user-pool
 * modules such as lgallard/cognito-user-pool/aws (with {@link RegistryModules}' defaults).
 * Arguments are renamed to the API members (the provider's names in {@link Member}) so that the
 * same schemas and rules apply; the client's {@link Names} keep the file's own names and list
 * indices for messages.
 */
public final class Terraform {
  private Terraform() {}

  static final String CLIENT = "aws_cognito_user_pool_client";
  static final String MANAGED_CLIENT = "aws_cognito_managed_user_pool_client";

  /**
   * Meta-arguments and blocks that say how Terraform manages the resource, not what Cognito gets.
   */
  private static final Set<String> META =
      Set.of(
          "count",
          "for_each",
          "provider",
          "depends_on",
          "lifecycle",
          "provisioner",
          "connection",
          "timeouts",
          "dynamic",
          "//");

  /** Attributes the provider computes, and the managed client's name_pattern and name_prefix. */
  private static final Set<String> NOT_SETTINGS =
      Set.of("id", "client_secret", "name_pattern", "name_prefix");

  /**
   * How aws_cognito_managed_user_pool_client finds the client it manages: arguments, but not
   * settings.
   */
  private static final Set<String> MANAGED_CLIENT_LOOKUP = Set.of("name_pattern", "name_prefix");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * What a client's values come from, which decides how unknown names and missing ids are treated.
   */
  private enum Origin {
    CONFIGURATION,
    MODULE_INPUT,
    RESOLVED
  }

  static boolean isConfiguration(Document doc) {
    String path = doc.source().path();
    return Syntax.of(path, doc.source().text()) == Syntax.HCL || Syntax.isTerraformJson(path);
  }

  /**
   * A string that holds "${" or "{{resolve:": an HCL template in {@code .tf.json} ("$${" is a
   * literal "${"); literal text in a {@code .tf} file, whose templates HclReader has read, and in a
   * plan.
   */
  private static JsonNode text(Document doc, String value, Origin origin) {
    if (origin == Origin.RESOLVED || !doc.source().path().endsWith(".json"))
      return NODES.stringNode(value);
    Template template = TemplateStrings.parseHcl(value);
    return template.isFullyKnown()
        ? NODES.stringNode(template.display())
        : Values.unknown(new Unknown(value, template));
  }

  /** {@code terraform show -json} of a plan (planned_values) or of the state (values). */
  static boolean isPlanOrState(JsonNode root) {
    return root.has("format_version")
        && (root.path("planned_values").isObject()
            || root.path("values").path("root_module").isObject());
  }

  static void extractConfiguration(Document doc, List<AppClient> clients) {
    for (Body resources : bodies(doc.root().path("resource"), "/resource")) {
      for (String type : List.of(CLIENT, MANAGED_CLIENT)) {
        ClientKind kind = type.equals(CLIENT) ? ClientKind.TERRAFORM : ClientKind.TERRAFORM_MANAGED;
        for (Map.Entry<String, Body> resource :
            labelled(resources.node().path(type), Pointers.append(resources.pointer(), type))) {
          clients.add(
              client(
                  doc,
                  kind,
                  type + "." + resource.getKey(),
                  resource.getValue().pointer(),
                  Origin.CONFIGURATION));
        }
      }
    }
    for (Map.Entry<String, Body> module : labelled(doc.root().path("module"), "/module")) {
      moduleClients(doc, module.getKey(), module.getValue(), clients);
    }
  }

  /** An object of a Terraform configuration, at its pointer. */
  record Body(JsonNode node, String pointer) {}

  /**
   * The bodies of a block type with one label ({@code module "m" {...}}, the names of one resource
   * type), with their labels.
   */
  static List<Map.Entry<String, Body>> labelled(JsonNode node, String pointer) {
    List<Map.Entry<String, Body>> out = new ArrayList<>();
    for (Body level : bodies(node, pointer)) {
      for (Map.Entry<String, JsonNode> entry : level.node().properties()) {
        for (Body body :
            bodies(entry.getValue(), Pointers.append(level.pointer(), entry.getKey()))) {
          out.add(Map.entry(entry.getKey(), body));
        }
      }
    }
    return out;
  }

  /**
   * The objects a block's value stands for: the HCL JSON syntax lets each level of labels and each
   * body be one object or an array of objects ({@code "resource": [{"t": [{"n": [{...}]}]}]}); HCL
   * native syntax always gives one object.
   */
  static List<Body> bodies(JsonNode node, String pointer) {
    if (node.isObject()) return List.of(new Body(node, pointer));
    List<Body> out = new ArrayList<>();
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (node.get(i).isObject()) out.add(new Body(node.get(i), Pointers.append(pointer, i)));
    }
    return out;
  }

  /**
   * The clients a module call defines. A module in a local folder is read: see {@link
   * #localModuleClients}. Otherwise the inputs are read in the shape of
   * lgallard/cognito-user-pool/aws (and modules like it): a {@code clients} list of objects with
   * the resource's argument names, or one client from the flat {@code client_*} inputs. Keys a
   * module adds of its own are not ours to judge, so they are skipped.
   */
  private static void moduleClients(
      Document doc, String name, Body module, List<AppClient> clients) {
    JsonNode sourceNode = module.node().path("source");
    String source = sourceNode.isString() ? sourceNode.stringValue() : "";
    if (LocalModule.isLocal(source) && doc.source().file() != null) {
      List<AppClient> local =
          LocalModule.read(doc.source().file(), source)
              .map(m -> localModuleClients(doc, name, module, source, m))
              .orElse(List.of());
      if (!local.isEmpty()) {
        clients.addAll(local);
        return;
      }
    }
    RegistryModules.Defaults defaults =
        RegistryModules.defaults(source, module.node().path("version"));
    String pointer = module.pointer();
    JsonNode list = module.node().path("clients");
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      if (list.get(i).isObject()) {
        String item = Pointers.append(Pointers.append(pointer, "clients"), i);
        Omitted omitted =
            defaults == null
                ? null
                : argument -> defaults.itemDefault(doc, module.node(), pointer, argument);
        clients.add(
            client(
                doc,
                ClientKind.TERRAFORM,
                "module." + name + ".clients[" + i + "]",
                item,
                Origin.MODULE_INPUT,
                omitted));
      }
    }
    if (module.node().has("client_name") && !module.node().path("client_name").isNull()) {
      Omitted omitted =
          defaults == null ? null : argument -> defaults.flatDefault(doc, pointer, argument);
      clients.add(
          client(
              doc, ClientKind.TERRAFORM, "module." + name, pointer, Origin.MODULE_INPUT, omitted));
    }
  }

  /** The input a flat module input sets: client_name is name. */
  static String flatInput(String argument) {
    return argument.equals("enable_propagate_additional_user_context_data")
        ? argument
        : "client_" + argument;
  }

  /**
   * What a module gives an argument its caller omits: the value at {@code from} of {@code doc}, or
   * nothing when {@code doc} is null (the argument is not set).
   *
   * @param input the key that sets it in the call, for messages and fixes
   */
  record Fill(Document doc, String from, String input) {}

  /** How a module fills the arguments its caller omits. */
  interface Omitted {
    Fill fill(String argument);
  }

  /**
   * The clients of a module in a local folder, one per {@code aws_cognito_user_pool_client} of the
   * module, located at the call. An argument the module sets to {@code var.x} gets the call's input
   * x, or x's default when the call omits it ({@code null}: the argument is not set, so a missing
   * setting is reported at the call); everything else the module sets, or leaves out, is the
   * module's own, checked in the module's files, and unknown here.
   */
  private static List<AppClient> localModuleClients(
      Document doc, String call, Body module, String source, LocalModule local) {
    List<AppClient> out = new ArrayList<>();
    Span anchor = doc.locations().key(module.pointer());
    for (LocalModule.ClientResource resource : local.clients()) {
      Target target = new Target(new Locations().below("", anchor), new Names.TerraformBuilder());
      ObjectNode settings = NODES.objectNode();
      Set<String> fromCall = new HashSet<>();
      for (Map.Entry<String, JsonNode> e : resource.body().properties()) {
        Member member = Member.ofTerraformArgument(null, e.getKey());
        String variable = variableOf(e.getValue());
        if (member == null || variable == null) continue;
        LocalModule.Variable declared = local.variables().get(variable);
        JsonNode input = module.node().path(variable);
        if (!input.isMissingNode() || declared != null && declared.defaultValue() != null)
          fromCall.add(member.apiName());
        String writtenAs = variable.equals(e.getKey()) ? null : variable;
        if (!input.isMissingNode()) {
          put(
              doc,
              Pointers.append(module.pointer(), variable),
              member,
              writtenAs,
              Origin.MODULE_INPUT,
              settings,
              target);
        } else if (declared != null && declared.defaultValue() != null) {
          put(
              new Document(
                  declared.file(),
                  declared.defaultValue(),
                  new Locations().below("", anchor),
                  List.of(),
                  List.of()),
              "",
              member,
              writtenAs,
              Origin.MODULE_INPUT,
              settings,
              target);
        }
      }
      for (Member member : Member.topLevel()) {
        if (member.terraformName() != null && !fromCall.contains(member.apiName()))
          settings.putIfAbsent(
              member.apiName(), Values.unknown(Unknown.of("set by the module " + source)));
      }
      out.add(
          new AppClient(
              doc.source(),
              ClientKind.TERRAFORM,
              "module." + call + "." + CLIENT + "." + resource.name(),
              settings,
              target.locations(),
              anchor,
              target.names().build()));
    }
    return out;
  }

  /** x of an argument written {@code var.x}, or null for any other value. */
  private static String variableOf(JsonNode value) {
    if (!Values.isUnknown(value)) return null;
    String source = value.asString();
    return source.matches("var\\.[A-Za-z_][A-Za-z0-9_-]*") ? source.substring(4) : null;
  }

  static void extractPlanOrState(Document doc, List<AppClient> clients) {
    String rootModule =
        doc.root().path("planned_values").isObject()
            ? "/planned_values/root_module"
            : "/values/root_module";
    resolvedModule(doc, rootModule, PlanSources.of(doc), clients);
  }

  private static void resolvedModule(
      Document doc, String pointer, PlanSources sources, List<AppClient> clients) {
    JsonNode module = doc.root().at(pointer);
    JsonNode resources = module.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = resources.get(i);
      String type = resource.path("type").asString("");
      if ((type.equals(CLIENT) || type.equals(MANAGED_CLIENT))
          && resource.path("mode").asString("managed").equals("managed")
          && resource.path("values").isObject()) {
        String at = Pointers.append(Pointers.append(pointer + "/resources", i), "values");
        ClientKind kind = type.equals(CLIENT) ? ClientKind.TERRAFORM : ClientKind.TERRAFORM_MANAGED;
        String address = resource.path("address").asString(type);
        clients.add(
            sources
                .find(address)
                .map(declared -> declaredClient(doc, at, declared, kind, address))
                .orElseGet(() -> client(doc, kind, address, at, Origin.RESOLVED)));
      }
    }
    JsonNode children = module.path("child_modules");
    for (int i = 0; i < children.size(); i++) {
      resolvedModule(doc, Pointers.append(pointer + "/child_modules", i), sources, clients);
    }
  }

  /**
   * A client of a plan with the plan's values, located where its configuration writes them: an
   * argument at its place in the resource block, a list item at the item written with that value;
   * what the block does not write literally (a value from a variable, a default) at the argument or
   * else the block.
   */
  private static AppClient declaredClient(
      Document plan, String at, PlanSources.Declared declared, ClientKind kind, String address) {
    JsonNode values =
        inWrittenOrder(plan.root().at(at), declared.doc().root().at(declared.pointer()));
    Locations locations = new Locations();
    Span header = declared.doc().locations().key(declared.pointer());
    locations.putKey("", header);
    locations.putValue("", header);
    locate(values, declared.doc(), declared.pointer(), "", locations);
    Document located =
        new Document(declared.doc().source(), values, locations, List.of(), List.of());
    return client(located, kind, address, "", Origin.RESOLVED);
  }

  /**
   * The planned values with each list of scalars in the order the configuration writes its literal
   * items, then the items it does not write literally: the provider's lists are sets, which a plan
   * holds in an order of its own, and messages name an item by its index.
   */
  private static JsonNode inWrittenOrder(JsonNode planned, JsonNode written) {
    if (planned.isObject() && written.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> e : planned.properties())
        out.set(e.getKey(), inWrittenOrder(e.getValue(), written.path(e.getKey())));
      return out;
    }
    if (!planned.isArray() || !written.isArray()) return planned;
    ArrayNode out = NODES.arrayNode();
    List<JsonNode> rest = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      JsonNode item = planned.get(i);
      // Blocks keep their order.
      if (item.isContainer()) out.add(inWrittenOrder(item, written.path(i)));
      else rest.add(item);
    }
    List<JsonNode> unmatched = new ArrayList<>(rest);
    for (JsonNode item : written) {
      unmatched.stream().filter(p -> isWrittenAs(item, p)).findFirst().ifPresent(unmatched::remove);
    }
    // As many planned items as the configuration writes expressions: the i-th expression gives
    // the i-th of them, as far as the plan's order tells.
    long expressions = 0;
    for (JsonNode item : written) if (Values.isUnknown(item)) expressions++;
    boolean paired = expressions == unmatched.size() && written.size() == rest.size();
    for (JsonNode item : written) {
      JsonNode match =
          paired && Values.isUnknown(item)
              ? unmatched.remove(0)
              : rest.stream().filter(p -> isWrittenAs(item, p)).findFirst().orElse(null);
      if (match != null) {
        rest.remove(match);
        out.add(match);
      }
    }
    rest.forEach(out::add);
    return out;
  }

  /** Records in {@code out} where the configuration writes the planned value at pointer. */
  private static void locate(
      JsonNode planned, Document written, String from, String pointer, Locations out) {
    JsonNode source = written.root().at(from);
    if (planned.isObject() && source.isObject()) {
      for (String key : planned.propertyNames()) {
        if (!source.has(key)) continue;
        String subFrom = Pointers.append(from, key);
        String to = Pointers.append(pointer, key);
        out.putKey(to, written.locations().key(subFrom));
        out.putValue(to, written.locations().value(subFrom));
        locate(planned.get(key), written, subFrom, to, out);
      }
    } else if (planned.isArray() && source.isArray()) {
      for (int i = 0; i < planned.size(); i++) {
        JsonNode item = planned.get(i);
        int j = item.isContainer() ? (i < source.size() ? i : -1) : indexOf(source, item);
        // An item a paired expression gives (see inWrittenOrder).
        if (j < 0 && source.size() == planned.size() && Values.isUnknown(source.get(i))) j = i;
        if (j < 0) continue;
        String subFrom = Pointers.append(from, j);
        String to = Pointers.append(pointer, i);
        out.putValue(to, written.locations().value(subFrom));
        locate(item, written, subFrom, to, out);
      }
    }
  }

  /** The index of the first literal item written as {@code value}, or -1. */
  private static int indexOf(JsonNode list, JsonNode value) {
    for (int j = 0; j < list.size(); j++) {
      if (isWrittenAs(list.get(j), value)) return j;
    }
    return -1;
  }

  /** Whether a configuration's item is the literal of a planned scalar ("60" of 60 too). */
  private static boolean isWrittenAs(JsonNode written, JsonNode value) {
    return !Values.isUnknown(written)
        && written.isValueNode()
        && written.asString().equals(value.asString());
  }

  private static AppClient client(
      Document doc, ClientKind kind, String name, String pointer, Origin origin) {
    return client(doc, kind, name, pointer, origin, null);
  }

  /**
   * @param omitted how a module fills what its caller omits; null when that is not known
   */
  private static AppClient client(
      Document doc, ClientKind kind, String name, String pointer, Origin origin, Omitted omitted) {
    Span anchor = doc.locations().key(pointer);
    Target target = new Target(new Locations().below("", anchor), new Names.TerraformBuilder());
    Locations locations = target.locations();
    ObjectNode settings = NODES.objectNode();
    boolean flatModuleInputs = origin == Origin.MODULE_INPUT && !pointer.contains("/clients/");
    JsonNode body = doc.root().at(pointer);
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      String argument = e.getKey();
      if (flatModuleInputs) {
        if (!argument.startsWith("client_")
            && !argument.equals("enable_propagate_additional_user_context_data")) continue;
        argument =
            argument.startsWith("client_") ? argument.substring("client_".length()) : argument;
      } else if (origin == Origin.MODULE_INPUT
          && argument.equals("client_prevent_user_existence_errors")) {
        argument = "prevent_user_existence_errors"; // lgallard's older spelling, still read
      }
      if (META.contains(argument)
          || NOT_SETTINGS.contains(argument) && origin != Origin.CONFIGURATION) continue;
      if (kind == ClientKind.TERRAFORM_MANAGED && MANAGED_CLIENT_LOOKUP.contains(argument))
        continue;
      Member member = Member.ofTerraformArgument(null, argument);
      if (member == null && origin != Origin.CONFIGURATION) continue;
      String key = member == null ? argument : member.apiName();
      put(
          doc,
          Pointers.append(pointer, e.getKey()),
          key,
          member,
          e.getKey().equals(argument) ? null : e.getKey(),
          origin,
          settings,
          target);
    }
    for (Map.Entry<String, JsonNode> dynamic : body.path("dynamic").properties()) {
      Member member = Member.ofTerraformArgument(null, dynamic.getKey());
      if (member == null) continue;
      settings.set(
          member.apiName(), Values.unknown(Unknown.of("dynamic \"" + dynamic.getKey() + "\"")));
      String from = Pointers.append(Pointers.append(pointer, "dynamic"), dynamic.getKey());
      locations.putKey(member.pointer(), doc.locations().key(from));
      locations.putValue(member.pointer(), doc.locations().value(from));
    }
    if (kind == ClientKind.TERRAFORM_MANAGED) {
      // The managed client is found by name pattern.
      settings.putIfAbsent(
          Member.CLIENT_NAME.apiName(), Values.unknown(Unknown.of("the client's name")));
    }
    if (origin == Origin.MODULE_INPUT) {
      // A module fills what its caller omits with defaults of its own (mineiros-io's from
      // variables): known for the module versions RegistryModules knows, unknown otherwise.
      for (Member member : Member.topLevel()) {
        if (member.terraformName() == null || settings.has(member.apiName())) continue;
        if (omitted == null) {
          settings.set(member.apiName(), Values.unknown(Unknown.of("the module's default")));
          continue;
        }
        Fill fill = omitted.fill(member.terraformName());
        String writtenAs = fill.input().equals(member.terraformName()) ? null : fill.input();
        if (fill.doc() != null)
          put(fill.doc(), fill.from(), member, writtenAs, origin, settings, target);
        else if (writtenAs != null) target.names().written(member.pointer(), writtenAs);
      }
    }
    if (origin != Origin.CONFIGURATION) {
      // A module's pool, or an id known only after apply.
      settings.putIfAbsent(
          Member.USER_POOL_ID.apiName(), Values.unknown(Unknown.of("the user pool's id")));
    }
    return new AppClient(
        doc.source(), kind, name, settings, locations, anchor, target.names().build());
  }

  private static void put(
      Document doc,
      String from,
      Member member,
      String writtenAs,
      Origin origin,
      ObjectNode settings,
      Target target) {
    put(doc, from, member.apiName(), member, writtenAs, origin, settings, target);
  }

  /**
   * Sets the client's setting {@code key} to the value at {@code from} of {@code doc}, unless that
   * is Terraform's null.
   *
   * @param member the setting's member; null for an argument the provider lacks
   * @param writtenAs the key the file writes for it, where that is not the provider's argument
   */
  private static void put(
      Document doc,
      String from,
      String key,
      Member member,
      String writtenAs,
      Origin origin,
      ObjectNode settings,
      Target target) {
    String to = Pointers.append("", key);
    if (writtenAs != null) target.names().written(to, writtenAs);
    JsonNode value = convert(doc, doc.root().at(from), from, to, member, origin, target);
    if (value != null) {
      settings.set(key, value);
      target.locations().putKey(to, doc.locations().key(from));
    }
  }

  /** Where a client's converted values record their places and names. */
  private record Target(Locations locations, Names.TerraformBuilder names) {}

  /**
   * The value under API names, or null for none (Terraform's null means "not set"; an empty block
   * list means no block). Locations are copied from the Terraform pointer to the API pointer.
   *
   * @param member the member the value is of (a block's member for its arguments); null for an
   *     argument the provider lacks
   */
  private static JsonNode convert(
      Document doc,
      JsonNode value,
      String from,
      String to,
      Member member,
      Origin origin,
      Target target) {
    if (value.isNull()) return null;
    Locations locations = target.locations();
    locations.putValue(to, doc.locations().value(from));
    Choice choice = Choice.of(value);
    if (choice != null) {
      // Each branch converted as the value would be, at the same place below the client's pointer.
      List<Choice.Branch> branches = new ArrayList<>();
      for (Choice.Branch b : List.of(choice.whenTrue(), choice.whenFalse())) {
        String at = to + b.pointer().substring(from.length());
        branches.add(
            new Choice.Branch(
                convert(doc, b.value(), b.pointer(), at, member, origin, target), at));
      }
      return new Choice(choice.condition(), branches.get(0), branches.get(1), choice.whole())
          .node();
    }
    if (Values.isUnknown(value)) return value;
    if (member != null && member.type() == Member.Type.STRUCTURE) {
      JsonNode object = value;
      String objectPointer = from;
      if (value.isArray()) {
        if (value.isEmpty()) return null;
        object = value.get(0);
        objectPointer = Pointers.append(from, 0);
        locations.putValue(to, doc.locations().value(objectPointer));
      }
      if (!object.isObject()) return object;
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        Member sub = Member.ofTerraformArgument(member, e.getKey());
        if (sub == null && origin != Origin.CONFIGURATION) continue;
        String name = sub == null ? e.getKey() : sub.apiName();
        String subFrom = Pointers.append(objectPointer, e.getKey());
        JsonNode converted =
            convert(doc, e.getValue(), subFrom, Pointers.append(to, name), sub, origin, target);
        if (converted != null) {
          out.set(name, converted);
          locations.putKey(Pointers.append(to, name), doc.locations().key(subFrom));
        }
      }
      return out;
    }
    if (value.isArray()) {
      ArrayNode out = NODES.arrayNode();
      Set<String> seen = new HashSet<>();
      int[] sourceIndices = new int[value.size()];
      for (int i = 0; i < value.size(); i++) {
        // The provider's list arguments are sets: an item written twice is one item.
        if (value.get(i).isString() && !seen.add(value.get(i).stringValue())) continue;
        sourceIndices[out.size()] = i;
        JsonNode item =
            convert(
                doc,
                value.get(i),
                Pointers.append(from, i),
                Pointers.append(to, out.size()),
                member,
                origin,
                target);
        out.add(item == null ? NODES.nullNode() : item);
      }
      if (out.size() < value.size())
        target.names().sourceIndices(to, Arrays.copyOf(sourceIndices, out.size()));
      return out;
    }
    if (value.isString()) {
      // Terraform converts "60" and "true" to the argument's type, as CloudFormation does.
      JsonNode typed = CloudFormation.scalar(value.stringValue(), member);
      return Values.isUnknown(typed) ? text(doc, value.stringValue(), origin) : typed;
    }
    if ((value.isNumber() || value.isBoolean()) && !CloudFormation.isNumberOrBoolean(member)) {
      return NODES.stringNode(value.asString()); // and name = 2024 to the string "2024"
    }
    return value;
  }
}
