// HTTP hardening: security headers, CORS allow-list, per-key and per-IP rate limits.
export { API_CSP, SECURITY_HEADERS, securityHeaders } from './headers';
export { CORS_ALLOW_HEADERS, cors } from './cors';
export { rateLimiter, type RateLimiter } from './limit';
export { TokenBuckets, type Take } from './rate-limit';
