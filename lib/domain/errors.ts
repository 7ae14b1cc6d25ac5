// Expected failures of the domain, each mapped once to an HTTP status and a user message (lib/server/http).
// Anything else is unexpected: logged, and answered generically.
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  readonly status: number = 400;
  readonly code: string = "domain_error";
}

export class ValidationError extends DomainError {
  override readonly status = 400;
  override readonly code = "validation_failed";
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "The input is not valid.",
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  override readonly status = 401;
  override readonly code = "unauthenticated";
  constructor(message = "Sign-in required.") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  override readonly status = 403;
  override readonly code = "forbidden";
  constructor(message = "You are not allowed to do this.") {
    super(message);
  }
}

// Used for resources the actor may not read: answering 404 reveals nothing about their existence.
export class NotFoundError extends DomainError {
  override readonly status = 404;
  override readonly code = "not_found";
  constructor(message = "Not found.") {
    super(message);
  }
}

export class ConflictError extends DomainError {
  override readonly status = 409;
  // Widened so that a more precise conflict (e.g. an activity's likely duplicates) can name itself.
  override readonly code: string = "conflict";
  constructor(
    message = "Someone else changed this record after you opened it.",
    readonly current?: unknown,
  ) {
    super(message);
  }
}

export class InvalidStateError extends DomainError {
  override readonly status = 409;
  override readonly code = "invalid_state";
}

// An unsafe cookie-authenticated call from another origin (cross-site request forgery, login CSRF).
export class CrossSiteRequestError extends DomainError {
  override readonly status = 403;
  override readonly code = "cross_site_request";
  constructor(message = "Cross-site requests are not accepted: call the API from the portal's own pages or with a personal API token.") {
    super(message);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  override readonly status = 415;
  override readonly code = "unsupported_media_type";
  constructor(message = "The request body must be sent as Content-Type: application/json.") {
    super(message);
  }
}

export class PayloadTooLargeError extends DomainError {
  override readonly status = 413;
  override readonly code = "payload_too_large";
}

export class RateLimitedError extends DomainError {
  override readonly status = 429;
  override readonly code = "rate_limited";
  constructor(
    message = "Too many requests.",
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
