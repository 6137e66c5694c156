package dev.cognitolint.model;

/**
 * A value that is not known before deployment: an intrinsic function, a reference, a parameter, a
 * Terraform expression. It stands in the JSON tree as a POJO node, so that a schema check sees a
 * value of no JSON type (whose errors are dropped) and rules see neither a string nor a list.
 *
 * @param source the expression as written, for messages ("!Ref CallbackUrl", "var.urls")
 * @param template what is known of the string it yields, or null when nothing is
 */
public record Unknown(String source, Template template) {

  public static Unknown of(String source) {
    return new Unknown(source, null);
  }

  @Override
  public String toString() {
    return source;
  }
}
