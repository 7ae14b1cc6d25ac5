// The digest that server code stamps on a "database unreachable" error, so that the error boundary (a client
// component, which in production sees no error message) can tell an outage from a bug.
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";
