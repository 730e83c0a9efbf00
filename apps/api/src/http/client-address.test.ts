import { describe, expect, it } from 'vitest';
import { throttleAddress } from './client-address';

describe('throttleAddress', () => {
  it('keeps an IPv4 address, also when a dual-stack socket reports it as IPv6', () => {
    expect(throttleAddress('192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddress('::FFFF:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddress('0:0:0:0:0:ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddress('::ffff:c000:207')).toBe('192.0.2.7');
    expect(throttleAddress('::ffff:192.0.2.7%eth0')).toBe('192.0.2.7');
  });

  it('counts IPv6 clients per /64, however the address is written', () => {
    const network = '2001:db8:85a3:8d3::/64';
    for (const address of [
      '2001:db8:85a3:8d3:1319:8a2e:370:7348',
      '2001:0db8:85a3:08d3:ffff:ffff:ffff:ffff',
      '2001:db8:85a3:8d3::1',
      '2001:DB8:85A3:8D3::',
      '2001:db8:85a3:8d3::1%eth0',
      '2001:db8:85a3:8d3:0:0:192.0.2.7',
    ]) {
      expect(throttleAddress(address), address).toBe(network);
    }
    expect(throttleAddress('2001:db8:85a3:8d4::1')).toBe('2001:db8:85a3:8d4::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('names a missing address', () => {
    expect(throttleAddress(undefined)).toBe('unknown');
    expect(throttleAddress('')).toBe('unknown');
  });
});
