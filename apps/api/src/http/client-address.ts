import { isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, "::" and a trailing dotted IPv4 part written out. */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const parts = (text: string) =>
    text === ''
      ? []
      : text.split(':').flatMap((part) => {
          if (!part.includes('.')) {
            return [parseInt(part, 16)];
          }
          const [a = 0, b = 0, c = 0, d = 0] = part.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const first = parts(head);
  const last = tail === undefined ? [] : parts(tail);
  return [...first, ...Array<number>(8 - first.length - last.length).fill(0), ...last];
}

/**
 * The client address the throttles count attempts by. An IPv6 host is given a whole /64 network
 * and picks (privacy) addresses in it at will, so counting per exact address would give one
 * machine billions of fresh counters: IPv6 clients are counted per /64. An IPv4 address in IPv6
 * notation (::ffff:a.b.c.d, as a dual-stack socket reports it) counts as the IPv4 address.
 */
export function throttleAddress(ip: string | undefined): string {
  if (!ip) {
    return 'unknown';
  }
  const address = ip.replace(/%.*$/, '');
  if (!isIPv6(address)) {
    return ip;
  }
  const groups = ipv6Groups(address);
  // ::ffff:a.b.c.d in any notation (also 0:0:0:0:0:ffff:… or hex): an IPv4 client.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
