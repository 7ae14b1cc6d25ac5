// An expected start-up failure: printed as one sentence, without a stack trace.
export class StartupError extends Error {
  override name = "StartupError";
}
