package dev.cognitolint.model;

/** JSON Pointers (RFC 6901) as plain strings: "" is the root, "/CallbackURLs/0" an item. */
public final class Pointers {
  private Pointers() {}

  public static String append(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /**
   * The pointer as people write property paths: {@code /TokenValidityUnits/AccessToken} becomes
   * {@code TokenValidityUnits.AccessToken} and {@code /CallbackURLs/1} becomes {@code
   * CallbackURLs[1]}.
   */
  public static String display(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) out.append('.');
        out.append(name);
      }
    }
    return out.toString();
  }
}
