import { describe, expect, it } from 'vitest';
import { knowledgeWords } from '../../src/core/export/knowledge-words.ts';
import { createCookieKnowledgeLookup } from '../../src/core/knowledge/lookup.ts';
import { openCookieDatabaseEntries } from '../../src/core/knowledge/open-cookie-database.ts';
import openCookieDatabase from '../../src/core/knowledge/open-cookie-database.json';
import { projectVendors } from '../../src/core/knowledge/project/index.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const knowledge = createCookieKnowledgeLookup(projectVendors, openCookieDatabaseEntries(openCookieDatabase));

describe('what the exports say of an undeclared cookie, as the popup says it', () => {
  it('gives each fact and the vendor page that states it, with the day it was read; a fact no page states is marked', () => {
    expect(knowledgeWords(knowledge('OptanonConsent', 'data.montreuil.fr'), sayInFrench)).toEqual({
      category: 'Strictement nécessaire (source : description communautaire)',
      vendor: 'OneTrust',
      purpose: "Indique l'état du consentement du visiteur dans le gestionnaire de consentement OneTrust.",
      lifetime: '',
      source:
        'https://my.onetrust.com/articles/en_US/Knowledge/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0 (lue le 2026-11-29)',
    });
  });

  it('says once that an entry no vendor page states is a community description', () => {
    expect(knowledgeWords(knowledge('SERVERID', 'data.montreuil.fr'), sayInFrench)).toMatchObject({
      vendor: "Équilibreur de charge (nom choisi par l'administrateur, courant avec HAProxy)",
      lifetime: '',
      source: 'source : description communautaire',
    });
  });

  it('names the Open Cookie Database as the source of what it describes, in English', () => {
    const words = knowledgeWords(knowledge('ABTasty', 'data.montreuil.fr'), sayInFrench);
    expect(words).toMatchObject({ vendor: 'ABTasty', lifetime: '13 months' });
    expect(words.source).toBe(
      'Open Cookie Database (description communautaire, en anglais) : https://github.com/jkwakman/Open-Cookie-Database',
    );
  });

  it('leaves every column empty for a cookie the knowledge base does not know', () => {
    expect(knowledgeWords(knowledge('zz_inconnu', 'data.montreuil.fr'), sayInFrench)).toEqual({
      category: '',
      vendor: '',
      purpose: '',
      lifetime: '',
      source: '',
    });
  });
});
