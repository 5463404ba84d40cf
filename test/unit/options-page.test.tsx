// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';

import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../options/components/OptionsPage.tsx';
import type { PortalSettings } from '../../src/messaging/protocol.ts';
import { fakeBackground, type Replies } from '../support/fake-background.ts';

/** Settings that change as the page asks, without the background's rules: enough to see the page follow its replies. */
function settingsStore(initial: PortalSettings) {
  let settings = structuredClone(initial);
  const replies: Replies = {
    getPortalSettings: () => settings,
    addPortalHost: ({ host }) => {
      settings = {
        addedHosts: [...settings.addedHosts, host],
        removedHosts: settings.removedHosts.filter((removed) => removed !== host),
      };
      return settings;
    },
    removePortalHost: ({ host }) => {
      const wasAdded = settings.addedHosts.includes(host);
      settings = {
        addedHosts: settings.addedHosts.filter((added) => added !== host),
        removedHosts: wasAdded ? settings.removedHosts : [...settings.removedHosts, host],
      };
      return settings;
    },
  };
  return replies;
}

function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function section(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}

async function renderPage() {
  render(<OptionsPage />);
  await screen.findByRole('heading', { level: 2, name: 'Portails ajoutés' });
}

afterEach(cleanup);

describe('options page', () => {
  it('explains which hosts are recognised automatically and lists the added and excluded ones', async () => {
    fakeBackground(settingsStore({ addedHosts: ['opendata.exemple.fr'], removedHosts: ['data.pas-un-portail.fr'] }));
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Portails reconnus' })).toBeTruthy();
    const intro = plain(
      screen.getByText((text) => text.startsWith("L'extension reconnaît automatiquement")).textContent,
    );
    expect(intro).toContain(
      ".opendatasoft.com ou .huwise.com, commence par data., ou figure dans sa liste d'environ 450 portails connus",
    );
    expect(within(section('Portails ajoutés')).getByText('opendata.exemple.fr')).toBeTruthy();
    expect(within(section('Portails exclus')).getByText('data.pas-un-portail.fr')).toBeTruthy();
  });

  it('adds a host from a pasted URL, trimmed and lower-cased, and empties the field', async () => {
    const sent = fakeBackground(settingsStore({ addedHosts: [], removedHosts: [] }));
    await renderPage();
    expect(screen.getByText('Aucun portail ajouté.')).toBeTruthy();
    const field = screen.getByLabelText('Ajouter un portail') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '  HTTPS://OpenData.Exemple.fr/pages/accueil/  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await screen.findByText('opendata.exemple.fr a été ajouté aux portails.');
    expect(sent.at(-1)).toEqual({ type: 'addPortalHost', request: { host: 'opendata.exemple.fr' } });
    expect(within(section('Portails ajoutés')).getByText('opendata.exemple.fr')).toBeTruthy();
    expect(field.value).toBe('');
  });

  it('refuses something that is not a host name, in French, without asking the background', async () => {
    const sent = fakeBackground(settingsStore({ addedHosts: [], removedHosts: [] }));
    await renderPage();
    const field = screen.getByLabelText('Ajouter un portail') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'pas un hôte' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    const problem = await screen.findByRole('alert');
    expect(plain(problem.textContent)).toBe(
      "« pas un hôte » n'est pas un nom d'hôte valide. Saisissez par exemple data.exemple.fr.",
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(problem.id);

    fireEvent.input(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() =>
      expect(plain(screen.getByRole('alert').textContent)).toBe(
        "Saisissez un nom d'hôte, par exemple data.exemple.fr.",
      ),
    );
    expect(sent.map((message) => message.type)).toEqual(['getPortalSettings']);
  });

  it('removes an added host with its own "Retirer" button', async () => {
    const sent = fakeBackground(
      settingsStore({ addedHosts: ['a.exemple.fr', 'opendata.exemple.fr'], removedHosts: [] }),
    );
    await renderPage();
    const button = screen.getByRole('button', { name: 'Retirer opendata.exemple.fr' });
    expect(button.textContent).toBe('Retirer');
    fireEvent.click(button);
    await screen.findByText('opendata.exemple.fr a été retiré des portails ajoutés.');
    expect(sent.at(-1)).toEqual({ type: 'removePortalHost', request: { host: 'opendata.exemple.fr' } });
    expect(within(section('Portails ajoutés')).queryByText('opendata.exemple.fr')).toBeNull();
    expect(within(section('Portails ajoutés')).getByText('a.exemple.fr')).toBeTruthy();
  });

  it('excludes a host recognised by default, and can restore it', async () => {
    const sent = fakeBackground(settingsStore({ addedHosts: [], removedHosts: [] }));
    await renderPage();
    fireEvent.input(screen.getByLabelText('Exclure un site reconnu automatiquement'), {
      target: { value: 'data.pas-un-portail.fr' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Exclure' }));
    await screen.findByText('data.pas-un-portail.fr ne sera plus reconnu comme portail.');
    expect(sent.at(-1)).toEqual({ type: 'removePortalHost', request: { host: 'data.pas-un-portail.fr' } });

    fireEvent.click(
      within(section('Portails exclus')).getByRole('button', { name: 'Rétablir data.pas-un-portail.fr' }),
    );
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ type: 'addPortalHost', request: { host: 'data.pas-un-portail.fr' } }),
    );
    expect(await within(section('Portails exclus')).findByText('Aucun portail exclu.')).toBeTruthy();
  });

  it('says when a host needs no change: already recognised, or nothing to exclude', async () => {
    const unchanged: PortalSettings = { addedHosts: [], removedHosts: [] };
    fakeBackground({
      getPortalSettings: () => unchanged,
      addPortalHost: () => unchanged,
      removePortalHost: () => unchanged,
    });
    await renderPage();
    fireEvent.input(screen.getByLabelText('Ajouter un portail'), { target: { value: 'montreuil.opendatasoft.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await screen.findByText(
      (text) =>
        plain(text) ===
        "montreuil.opendatasoft.com est déjà reconnu automatiquement comme portail : inutile de l'ajouter.",
    );
    fireEvent.input(screen.getByLabelText('Exclure un site reconnu automatiquement'), {
      target: { value: 'www.exemple.fr' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Exclure' }));
    await screen.findByText(
      (text) => plain(text) === "www.exemple.fr n'est pas reconnu automatiquement comme portail : rien à exclure.",
    );
  });

  it('says why a change failed, in French', async () => {
    fakeBackground({
      getPortalSettings: () => ({ addedHosts: [], removedHosts: [] }),
      addPortalHost: () => Promise.reject(new Error('Stockage plein')),
    });
    await renderPage();
    fireEvent.input(screen.getByLabelText('Ajouter un portail'), { target: { value: 'opendata.exemple.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toBe("L'opération a échoué : Stockage plein");
    expect((screen.getByLabelText('Ajouter un portail') as HTMLInputElement).value).toBe('opendata.exemple.fr');
  });

  it('says when the settings cannot be read, and tries again', async () => {
    let failures = 1;
    fakeBackground({
      getPortalSettings: () => {
        if (failures-- > 0) throw new Error('Le service de fond ne répond pas.');
        return { addedHosts: [], removedHosts: [] };
      },
    });
    render(<OptionsPage />);
    const alert = await screen.findByRole('alert');
    expect(plain(alert.textContent)).toBe("Les réglages n'ont pas pu être lus : Le service de fond ne répond pas.");
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 2, name: 'Portails ajoutés' });
  });
});
