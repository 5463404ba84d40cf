import { describe, expect, it } from 'vitest';
import { isPortalByDefault, webHostOf } from '../../src/core/portal/detect.ts';
import { isPortalHost } from '../../src/core/portal/settings.ts';
import { parseHostInput, withPortalAdded, withPortalRemoved } from '../../src/core/portal/settings.ts';

const noChoices = { addedHosts: [], removedHosts: [] };

describe('which hosts are portals', () => {
  it.each([
    'valenciennesmetro.opendatasoft.com',
    'demo.huwise.com',
    'data.montreuil.fr',
    'DATA.Montreuil.FR.',
    'opendata.paris.fr',
    'dashboard.paris',
    'www.odwb.be',
  ])('%s is a portal', (host) => {
    expect(isPortalByDefault(host)).toBe(true);
  });

  it.each([
    'www.opendatasoft.com',
    'opendatasoft.com',
    'legal.huwise.com',
    'www.huwise.com',
    'www.montreuil.fr',
    'data.',
    'example.org',
    'notopendatasoft.com',
  ])('%s is not a portal', (host) => {
    expect(isPortalByDefault(host)).toBe(false);
  });

  it('lets the user add a host and remove a built-in one', () => {
    expect(isPortalHost('opendata.example.org', { addedHosts: ['opendata.example.org'], removedHosts: [] })).toBe(true);
    expect(isPortalHost('data.gouv.fr', { addedHosts: [], removedHosts: ['data.gouv.fr'] })).toBe(false);
    expect(isPortalHost('data.montreuil.fr', noChoices)).toBe(true);
  });

  it('keeps only the web host of a tab URL', () => {
    expect(webHostOf('https://Data.Montreuil.fr/explore/?q=1')).toBe('data.montreuil.fr');
    expect(webHostOf('chrome://newtab/')).toBeNull();
    expect(webHostOf('about:blank')).toBeNull();
    expect(webHostOf(undefined)).toBeNull();
    expect(webHostOf('not a url')).toBeNull();
  });
});

describe('portal settings', () => {
  it('reads a host from a bare name or a pasted URL, and refuses anything else', () => {
    expect(parseHostInput('  Opendata.Example.ORG ')).toBe('opendata.example.org');
    expect(parseHostInput('https://opendata.example.org/explore/dataset/x')).toBe('opendata.example.org');
    expect(parseHostInput('opendata.example.org/explore')).toBe('opendata.example.org');
    expect(parseHostInput('pas un hôte')).toBeNull();
    expect(parseHostInput('')).toBeNull();
    expect(parseHostInput('-bad-.example.org')).toBeNull();
  });

  it('adds a custom host once, and removing a built-in portal records the exclusion', () => {
    const added = withPortalAdded(withPortalAdded(noChoices, 'opendata.example.org'), 'opendata.example.org');
    expect(added).toEqual({ addedHosts: ['opendata.example.org'], removedHosts: [] });
    expect(withPortalRemoved(added, 'opendata.example.org')).toEqual(noChoices);
    const excluded = withPortalRemoved(noChoices, 'data.gouv.fr');
    expect(excluded).toEqual({ addedHosts: [], removedHosts: ['data.gouv.fr'] });
    expect(withPortalAdded(excluded, 'data.gouv.fr')).toEqual(noChoices);
  });
});
