package dev.verbatim.http;

/** A request that ends in an error response with this status and code. */
final class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;

  HttpException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
