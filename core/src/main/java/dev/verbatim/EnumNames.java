package dev.verbatim;

import java.util.Locale;

/**
 * Parses the request enums ({@link Scope}, {@link Collapse}, {@link SortOrder}, {@link DateFacet})
 * by their names as HTTP parameters and command-line flags write them: the constant's name, any
 * case.
 */
final class EnumNames {
  private EnumNames() {}

  /**
   * The constant of {@code type} named {@code value}, in any case.
   *
   * @param what the parameter's name, for the message: "scope must be articles or quotes, was 'x'"
   * @throws IllegalArgumentException naming the accepted values
   */
  static <E extends Enum<E>> E parse(Class<E> type, String what, String value) {
    E[] constants = type.getEnumConstants();
    StringBuilder accepted = new StringBuilder();
    for (int i = 0; i < constants.length; i++) {
      if (constants[i].name().equalsIgnoreCase(value)) {
        return constants[i];
      }
      String separator = i == 0 ? "" : i == constants.length - 1 ? " or " : ", ";
      accepted.append(separator).append(constants[i].name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(what + " must be " + accepted + ", was '" + value + "'");
  }
}
