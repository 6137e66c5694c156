package dev.cognitolint.model;

import java.util.HashMap;
import java.util.Map;

/**
 * How the file a client was read from names its members and list items, for messages: the API's
 * member names (requests, responses and CloudFormation, whose properties are the API's members), or
 * the Terraform provider's arguments and blocks, with each list item's index as it stands in the
 * source. The dialect that reads a client makes them; rules build their messages from them.
 */
public final class Names {

  /** The API's names, as requests, responses and CloudFormation templates write them. */
  public static final Names API = new Names(false, Map.of(), Map.of(), Redirects.NONE);

  private final boolean terraform;

  /** By pointer, a key the file writes otherwise than the table says (a module's own spelling). */
  private final Map<String, String> written;

  /**
   * By list pointer, where each item stands in the source, for a list that lost items on reading.
   */
  private final Map<String, int[]> sourceIndices;

  /** Where a scenario's values are written (see {@link Scenarios}). */
  private final Redirects redirects;

  private Names(
      boolean terraform,
      Map<String, String> written,
      Map<String, int[]> sourceIndices,
      Redirects redirects) {
    this.terraform = terraform;
    this.written = written;
    this.sourceIndices = sourceIndices;
    this.redirects = redirects;
  }

  /** These names for a scenario of the client, whose values are written where redirects say. */
  public Names redirected(Redirects redirects) {
    return new Names(terraform, written, sourceIndices, redirects);
  }

  /**
   * The member as a setting: CallbackURLs, TokenValidityUnits.AccessToken (Terraform:
   * callback_urls, ...).
   */
  public String of(Member member) {
    return at(member.pointer());
  }

  /** The member's own key, without its structure's: Feature (Terraform: feature). */
  public String key(Member member) {
    return key(member.pointer());
  }

  /** A setting or list item at a pointer of the settings: /CallbackURLs/1 is CallbackURLs[1]. */
  public String at(String pointer) {
    StringBuilder out = new StringBuilder();
    String at = "";
    Member member = null;
    for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String parent = at;
      at = at + "/" + token;
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(sourceIndex(parent, name)).append(']');
      } else {
        member =
            member == null && parent.isEmpty()
                    || member != null && member.type() == Member.Type.STRUCTURE
                ? child(member, name)
                : null;
        if (out.length() > 0) out.append('.');
        out.append(written(at, member, name));
      }
    }
    return out.toString();
  }

  /**
   * The last key of a pointer as the file writes it: /TokenValidityUnits/AccessToken is
   * AccessToken.
   */
  public String key(String pointer) {
    String name =
        pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    if (!terraform) return name;
    String parent = Pointers.parent(pointer);
    Member owner =
        parent.isEmpty() ? null : Member.named(parent.substring(parent.lastIndexOf('/') + 1));
    return written(pointer, parent.isEmpty() || owner != null ? child(owner, name) : null, name);
  }

  /**
   * Setting the member to a value, as the file would write it: {@code GenerateSecret: true}, {@code
   * PreventUserExistenceErrors: ENABLED}; in Terraform {@code generate_secret = true}, {@code
   * prevent_user_existence_errors = "ENABLED"}.
   */
  public String assignment(Member member, String value) {
    if (!terraform) return of(member) + ": " + value;
    return of(member) + " = " + (member.type() == Member.Type.STRING ? "\"" + value + "\"" : value);
  }

  private static Member child(Member parent, String apiName) {
    Member m = Member.named(apiName);
    return m != null && m.parent() == parent ? m : null;
  }

  private String written(String pointer, Member member, String name) {
    if (!terraform) return name;
    String as = written.get(redirects.written(pointer));
    if (as != null) return as;
    return member != null && member.terraformName() != null ? member.terraformName() : name;
  }

  private String sourceIndex(String list, String index) {
    if (index.length() > 9) return index;
    int i = redirects.writtenIndex(list, Integer.parseInt(index));
    int[] indices = sourceIndices.get(redirects.written(list));
    return String.valueOf(indices != null && i < indices.length ? indices[i] : i);
  }

  /** Terraform's names, collected as a dialect reads a client. */
  public static final class TerraformBuilder {
    private final Map<String, String> written = new HashMap<>();
    private final Map<String, int[]> sourceIndices = new HashMap<>();

    /**
     * The file writes the setting at this pointer under another key than the provider's argument.
     */
    public void written(String pointer, String key) {
      written.put(pointer, key);
    }

    /** The list at this pointer holds the source's items at these indices (some were dropped). */
    public void sourceIndices(String list, int[] indices) {
      sourceIndices.put(list, indices);
    }

    public Names build() {
      return new Names(true, Map.copyOf(written), Map.copyOf(sourceIndices), Redirects.NONE);
    }
  }
}
