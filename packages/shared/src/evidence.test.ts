import { describe, expect, it } from 'vitest';
import { LINK_MAX_LENGTH, isEvidenceLink } from './evidence';

describe('evidence links', () => {
  it('accepts absolute http and https links', () => {
    expect(isEvidenceLink('https://intranet.almelo.nl/docs/bibob-beleid.pdf')).toBe(true);
    expect(isEvidenceLink('http://dms.gemeente.local/zaak/123?versie=2#p4')).toBe(true);
  });

  it('refuses other schemes, relative links, credentials, spaces and overlong links', () => {
    for (const link of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///C:/geheim.docx',
      'ftp://example.org/x',
      '/relative/path',
      'www.almelo.nl',
      'https://user:secret@example.org/',
      'https://example.org/a b',
      '',
      `https://example.org/${'a'.repeat(LINK_MAX_LENGTH)}`,
    ]) {
      expect(isEvidenceLink(link), link).toBe(false);
    }
  });
});

describe('evidence links, more shapes', () => {
  it('accepts ports, IP literals and names in other scripts', () => {
    for (const link of [
      'https://dms.gemeente.local:8443/a',
      'http://10.0.0.5/x',
      'https://[::1]/y',
      'https://café.nl/',
    ]) {
      expect(isEvidenceLink(link), link).toBe(true);
    }
  });

  it('refuses an empty host or a host with credentials before it', () => {
    for (const link of ['https://', 'https:///path', 'https://@example.org', 'https://a@b@example.org/']) {
      expect(isEvidenceLink(link), link).toBe(false);
    }
  });
});
