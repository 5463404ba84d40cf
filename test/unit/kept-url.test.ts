import { describe, expect, it } from 'vitest';
import { keptUrl, MAX_KEPT_URL_LENGTH } from '../../src/core/url/kept-url.ts';

describe('keptUrl', () => {
  it.each([
    ['https://data.montreuil.fr/explore/?q=arbres&sort=date#haut', 'https://data.montreuil.fr/explore/'],
    ['https://alice:s3cret@data.montreuil.fr/pages/accueil/', 'https://data.montreuil.fr/pages/accueil/'],
    // The path parameter of Java servers (Tomcat, Jetty): the session id in the path.
    ['https://data.montreuil.fr/page;jsessionid=0A1B2C3D4E5F60718293A4B5C6D7E8F9', 'https://data.montreuil.fr/page'],
    ['https://data.montreuil.fr/a;v=1/b;x=2;y=3/c', 'https://data.montreuil.fr/a/b/c'],
    ['https://data.montreuil.fr:8443/explore/', 'https://data.montreuil.fr:8443/explore/'],
  ])('keeps %s as %s', (url, kept) => {
    expect(keptUrl(url)).toBe(kept);
  });

  it.each([
    [
      'a hexadecimal session id',
      'https://portail.example/s/3f9a8c7b2e1d4f6a9b0c1d2e3f4a5b6c/carte',
      'https://portail.example/s/3f9a…/carte',
    ],
    [
      'a JWT',
      'https://portail.example/auth/eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0/x',
      'https://portail.example/auth/eyJh…/x',
    ],
    [
      'a base64url token',
      'https://portail.example/t/Qm9uam91ciBsZSBtb25kZSEx_aB9-Zk3/',
      'https://portail.example/t/Qm9u…/',
    ],
  ])('shortens %s in the path', (_, url, kept) => {
    expect(keptUrl(url)).toBe(kept);
  });

  it.each([
    'https://data.montreuil.fr/explore/dataset/les-arbres-remarquables-de-montreuil/table/',
    'https://data.montreuil.fr/pages/ReutilisationsDesDonneesOuvertes/',
    'https://data.montreuil.fr/explore/dataset/budget-primitif-2024-ville-de-montreuil/',
    'https://data.montreuil.fr/pages/r%C3%A9utilisations-des-donn%C3%A9es/',
  ])('keeps the words of a readable path whole: %s', (url) => {
    expect(keptUrl(url)).toBe(url);
  });

  it('cuts an address a page made 20 KB long', () => {
    const kept = keptUrl(`https://data.flood.example/${'a'.repeat(20_000)}`);
    expect(kept).toHaveLength(MAX_KEPT_URL_LENGTH);
    expect(kept.endsWith('…')).toBe(true);
  });

  it.each(['', 'pas une adresse', 'data:text/html,<b>x</b>', 'blob:null/1234', 'javascript:alert(1)'])(
    'keeps nothing of %j',
    (url) => {
      expect(keptUrl(url)).toBe('');
    },
  );
});
