// TRUST_PROXY: which proxies in front of Umbrella may say who the client is (X-Forwarded-For). The value is
// handed to Fastify's `trustProxy`, which decides `request.ip` from it: the address audited and rate-limited.
import net from 'node:net';

/**
 * What Fastify's `trustProxy` takes, less a number of hops: Fastify 5 trusts nobody for a number (a count cannot
 * tell a proxy from a client that sent the header itself), so a count is refused here rather than quietly ignored.
 */
export type TrustProxy = boolean | string[];

export const TRUST_PROXY_EXPECTED =
  'it must be false, true, or a comma-separated list of the addresses or ranges of the proxies in front of Umbrella (such as 10.0.0.5 or 10.0.0.0/8)';
const HOPS_REFUSED =
  'it must name the proxies in front of Umbrella, as a comma-separated list of their addresses or ranges (such as 10.0.0.5 or 10.0.0.0/8): a number of proxies cannot be checked, so it is not accepted';

// Names Fastify (proxy-addr) understands for well-known ranges.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The setting read from its text, or what it must be instead. */
export function parseTrustProxy(text: string): { value: TrustProxy } | { problem: string } {
  const value = text.trim().toLowerCase();
  if (value === 'true') return { value: true };
  if (value === 'false') return { value: false };
  if (/^\d+$/.test(value)) return { problem: HOPS_REFUSED };
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.length === 0 || !entries.every(isAddressOrRange)) return { problem: TRUST_PROXY_EXPECTED };
  return { value: entries };
}
