// Security headers. The Content-Security-Policy carries a fresh nonce per request (set by proxy.ts): Next.js
// adds it to its own inline scripts, so nothing else may run. Styles allow 'unsafe-inline' because React and
// Recharts write style attributes; scripts never do.
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Headers for every response (pages, API, files), set in next.config.ts.
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

// HSTS only makes sense behind HTTPS; browsers ignore it over plain HTTP, but saying so is clearer.
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
