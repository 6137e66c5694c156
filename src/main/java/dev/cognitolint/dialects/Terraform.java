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
 * -json}), and the {@code clients} inputs of user-pool modules such as
 * lgallard/cognito-user-pool/aws. Arguments are renamed to the API members (the provider's names in
 * {@link Member}) so that the same schemas and rules apply; the client's {@link Names} keep the
 * file's own names and list indices for messages.
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
        for (Body ofType :
            bodies(resources.node().path(type), Pointers.append(resources.pointer(), type))) {
          for (Map.Entry<String, JsonNode> entry : ofType.node().properties()) {
            for (Body body :
                bodies(entry.getValue(), Pointers.append(ofType.pointer(), entry.getKey()))) {
              clients.add(
                  client(
                      doc,
                      kind,
                      type + "." + entry.getKey(),
                      body.pointer(),
                      Origin.CONFIGURATION));
            }
          }
        }
      }
    }
    for (Body modules : bodies(doc.root().path("module"), "/module")) {
      for (Map.Entry<String, JsonNode> module : modules.node().properties()) {
        for (Body body :
            bodies(module.getValue(), Pointers.append(modules.pointer(), module.getKey()))) {
          moduleClients(doc, module.getKey(), body, clients);
        }
      }
    }
  }

  /** An object of a Terraform configuration, at its pointer. */
  private record Body(JsonNode node, String pointer) {}

  /**
   * The objects a block's value stands for: the HCL JSON syntax lets each level of labels and each
   * body be one object or an array of objects ({@code "resource": [{"t": [{"n": [{...}]}]}]}); HCL
   * native syntax always gives one object.
   */
  private static List<Body> bodies(JsonNode node, String pointer) {
    if (node.isObject()) return List.of(new Body(node, pointer));
    List<Body> out = new ArrayList<>();
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (node.get(i).isObject()) out.add(new Body(node.get(i), Pointers.append(pointer, i)));
    }
    return out;
  }

  /**
   * Module inputs in the shape of lgallard/cognito-user-pool/aws (and modules like it): a {@code
   * clients} list of objects with the resource's argument names, or one client from the flat {@code
   * client_*} inputs. Keys a module adds of its own are not ours to judge, so they are skipped.
   */
  private static void moduleClients(
      Document doc, String name, Body module, List<AppClient> clients) {
    String pointer = module.pointer();
    JsonNode list = module.node().path("clients");
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      if (list.get(i).isObject()) {
        clients.add(
            client(
                doc,
                ClientKind.TERRAFORM,
                "module." + name + ".clients[" + i + "]",
                Pointers.append(Pointers.append(pointer, "clients"), i),
                Origin.MODULE_INPUT));
      }
    }
    if (module.node().has("client_name") && !module.node().path("client_name").isNull()) {
      clients.add(
          client(doc, ClientKind.TERRAFORM, "module." + name, pointer, Origin.MODULE_INPUT));
    }
  }

  static void extractPlanOrState(Document doc, List<AppClient> clients) {
    String rootModule =
        doc.root().path("planned_values").isObject()
            ? "/planned_values/root_module"
            : "/values/root_module";
    resolvedModule(doc, rootModule, clients);
  }

  private static void resolvedModule(Document doc, String pointer, List<AppClient> clients) {
    JsonNode module = doc.root().at(pointer);
    JsonNode resources = module.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = resources.get(i);
      String type = resource.path("type").asString("");
      if ((type.equals(CLIENT) || type.equals(MANAGED_CLIENT))
          && resource.path("mode").asString("managed").equals("managed")
          && resource.path("values").isObject()) {
        String at = Pointers.append(Pointers.append(pointer + "/resources", i), "values");
        clients.add(
            client(
                doc,
                type.equals(CLIENT) ? ClientKind.TERRAFORM : ClientKind.TERRAFORM_MANAGED,
                resource.path("address").asString(type),
                at,
                Origin.RESOLVED));
      }
    }
    JsonNode children = module.path("child_modules");
    for (int i = 0; i < children.size(); i++) {
      resolvedModule(doc, Pointers.append(pointer + "/child_modules", i), clients);
    }
  }

  private static AppClient client(
      Document doc, ClientKind kind, String name, String pointer, Origin origin) {
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
      String from = Pointers.append(pointer, e.getKey());
      String to = Pointers.append("", key);
      JsonNode value = convert(doc, e.getValue(), from, to, member, origin, target);
      if (value != null) {
        settings.set(key, value);
        locations.putKey(to, doc.locations().key(from));
        if (!e.getKey().equals(argument)) target.names().written(to, e.getKey());
      }
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
      // variables),
      // so an omitted input is not the API default: it is unknown.
      for (Member member : Member.topLevel()) {
        if (member.terraformName() != null)
          settings.putIfAbsent(
              member.apiName(), Values.unknown(Unknown.of("the module's default")));
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
