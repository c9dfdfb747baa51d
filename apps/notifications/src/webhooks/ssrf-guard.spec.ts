import { assertPublicHost, isForbiddenAddress } from './ssrf-guard.js';

describe('isForbiddenAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.10.0.5', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['8.8.8.8', false],
    ['145.97.39.155', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['2a00:1450:4001:80b::200e', false],
    ['not-an-address', true],
  ])('%s: forbidden %p', (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });
});

describe('assertPublicHost', () => {
  it.each(['127.0.0.1', 'localhost', '[::1]', '169.254.169.254'])('refuses %s', async (host) => {
    await expect(assertPublicHost(host, false)).rejects.toThrow(/private, loopback or link-local/);
  });

  it('lets anything through when the operator allows private targets', async () => {
    await expect(assertPublicHost('127.0.0.1', true)).resolves.toBeUndefined();
  });

  it('accepts a public address literal without a lookup', async () => {
    await expect(assertPublicHost('8.8.8.8', false)).resolves.toBeUndefined();
  });
});
