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

  /**
   * 400 {@code bad_request}: the request's parameters or body are wrong, as {@code message} says.
   */
  static HttpException badRequest(String message) {
    return new HttpException(400, "bad_request", message);
  }

  /** 404 {@code not_found}: there is no such article, quote or page. */
  static HttpException notFound(String message) {
    return new HttpException(404, "not_found", message);
  }
}
