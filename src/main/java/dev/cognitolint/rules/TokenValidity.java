package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Values;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** Token lifetimes as durations: a validity times its unit from TokenValidityUnits. */
final class TokenValidity {
  private TokenValidity() {}

  /** What Cognito gives a refresh token when RefreshTokenValidity is omitted or 0. */
  static final long DEFAULT_REFRESH_SECONDS = 30L * 86400;

  static final Map<String, Long> UNIT_SECONDS =
      Map.of("seconds", 1L, "minutes", 60L, "hours", 3600L, "days", 86400L);

  /**
   * One of the three lifetimes: its member, its unit's member (whose API default is the default
   * unit), allowed range in seconds.
   */
  enum Token {
    ACCESS(Member.ACCESS_TOKEN_VALIDITY, Member.ACCESS_TOKEN_UNIT, 300, 86400),
    ID(Member.ID_TOKEN_VALIDITY, Member.ID_TOKEN_UNIT, 300, 86400),
    REFRESH(Member.REFRESH_TOKEN_VALIDITY, Member.REFRESH_TOKEN_UNIT, 3600, 315360000);

    final Member member;
    final Member unitMember;
    final String defaultUnit;
    final long minSeconds;
    final long maxSeconds;

    Token(Member member, Member unitMember, long minSeconds, long maxSeconds) {
      this.member = member;
      this.unitMember = unitMember;
      this.defaultUnit = unitMember.apiDefault();
      this.minSeconds = minSeconds;
      this.maxSeconds = maxSeconds;
    }

    /** The token's member of the client, if it is one: RefreshTokenValidity is REFRESH. */
    static java.util.Optional<Token> of(Member member) {
      return java.util.Arrays.stream(values()).filter(t -> t.member == member).findFirst();
    }
  }

  /** A known lifetime: the value as written, its unit, and whether the unit is the default. */
  record Duration(long value, String unit, boolean defaultUnit) {
    long seconds() {
      return value * UNIT_SECONDS.get(unit);
    }

    String display() {
      return value + " " + (value == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }
  }

  /**
   * The lifetime if both value and unit are known and the value lies within the API model's range.
   */
  static Optional<Duration> of(AppClient client, Token token) {
    OptionalLong value = Values.integer(client.get(token.member));
    if (value.isEmpty()) return Optional.empty();
    long max = token == Token.REFRESH ? 315360000L : 86400L;
    if (value.getAsLong() < 0 || value.getAsLong() > max)
      return Optional.empty(); // the schema reports it
    JsonNode units = client.get(Member.TOKEN_VALIDITY_UNITS);
    if (units == null || (units.isObject() && !units.has(token.unitMember.apiName()))) {
      return Optional.of(new Duration(value.getAsLong(), token.defaultUnit, true));
    }
    return Values.string(units.get(token.unitMember.apiName()))
        .filter(UNIT_SECONDS::containsKey)
        .map(unit -> new Duration(value.getAsLong(), unit, false));
  }

  static String humanSeconds(long seconds) {
    if (seconds % 86400 == 0 && seconds >= 86400 * 365 && seconds % (86400 * 365) == 0) {
      long years = seconds / (86400 * 365);
      return years + (years == 1 ? " year" : " years");
    }
    if (seconds % 86400 == 0) return seconds / 86400 + (seconds == 86400 ? " day" : " days");
    if (seconds % 3600 == 0) return seconds / 3600 + (seconds == 3600 ? " hour" : " hours");
    if (seconds % 60 == 0) return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
    return seconds + " seconds";
  }
}
