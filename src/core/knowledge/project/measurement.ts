import type { VendorCookies } from '../types.ts';

/** Audience measurement and behaviour analysis: the tools French local authorities' portals embed most. */
export const measurementVendors: VendorCookies[] = [
  {
    vendor: 'Matomo',
    source: 'https://matomo.org/faq/general/faq_146/',
    cookies: [
      { name: '_pk_id.', match: 'prefix', category: 'mesure-audience', lifetime: '13 mois', purpose: 'Identifiant anonyme du visiteur, qui permet de compter les visiteurs uniques et leurs visites.' },
      { name: '_pk_ses.', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', purpose: 'Rattache les pages vues à une même visite.' },
      { name: '_pk_ref.', match: 'prefix', category: 'mesure-audience', lifetime: '6 mois', purpose: "Mémorise le site d'où vient le visiteur, pour attribuer la visite à sa provenance." },
      { name: '_pk_cvar.', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', purpose: 'Conserve temporairement les variables personnalisées de la visite.' },
      { name: '_pk_hsr.', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', purpose: 'Sert aux cartes de chaleur et aux enregistrements de sessions (module Heatmap & Session Recording).' },
      { name: '_pk_testcookie', match: 'prefix', category: 'mesure-audience', lifetime: null, purpose: 'Vérifie que le navigateur accepte les cookies ; supprimé aussitôt créé.' },
      { name: 'mtm_consent', match: 'prefix', category: 'strictement-necessaire', lifetime: '30 ans par défaut', purpose: 'Mémorise que le visiteur a donné (mtm_consent) ou retiré (mtm_consent_removed) son consentement au suivi Matomo.' },
      { name: 'mtm_cookie_consent', match: 'exact', category: 'strictement-necessaire', lifetime: '30 ans par défaut', purpose: 'Mémorise que le visiteur a accepté le dépôt des cookies de Matomo.' },
      { name: 'MATOMO_SESSID', match: 'exact', category: 'strictement-necessaire', lifetime: 'session', purpose: "Session de l'application Matomo elle-même (connexion à Matomo, formulaire d'opposition), pas de la mesure des visiteurs." },
    ],
  },
  {
    vendor: 'Google Analytics',
    source: 'https://support.google.com/analytics/answer/11397207',
    cookies: [
      { name: '_ga', match: 'exact', category: 'mesure-audience', lifetime: '2 ans', purpose: 'Identifiant du visiteur attribué par Google Analytics, pour distinguer les visiteurs.' },
      { name: '_ga_', match: 'prefix', category: 'mesure-audience', lifetime: '2 ans', purpose: "Conserve l'état de la session dans Google Analytics 4 (un cookie par propriété mesurée)." },
    ],
  },
  {
    vendor: 'Google Analytics (Universal Analytics, ga.js)',
    source: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage',
    cookies: [
      { name: '_gid', match: 'exact', category: 'mesure-audience', lifetime: '24 heures', purpose: "Distingue les visiteurs au cours d'une journée." },
      { name: '_gat', match: 'prefix', category: 'mesure-audience', lifetime: '1 minute', purpose: 'Limite le débit des requêtes envoyées à Google Analytics.' },
      { name: '_gac_', match: 'prefix', category: 'publicite', lifetime: '90 jours', purpose: 'Informations de campagne Google Ads transmises à Google Analytics (comptes liés).' },
      { name: '__utma', match: 'exact', category: 'mesure-audience', lifetime: '2 ans', purpose: "Distingue les visiteurs et leurs sessions (ancienne bibliothèque ga.js)." },
      { name: '__utmb', match: 'exact', category: 'mesure-audience', lifetime: '30 minutes', purpose: "Repère le début d'une nouvelle visite (ga.js)." },
      { name: '__utmc', match: 'exact', category: 'mesure-audience', lifetime: 'session', purpose: "Détermine si le visiteur commence une nouvelle visite (ga.js)." },
      { name: '__utmz', match: 'exact', category: 'mesure-audience', lifetime: '6 mois', purpose: "Mémorise la provenance du visiteur : moteur de recherche, lien ou campagne (ga.js)." },
      { name: '__utmt', match: 'exact', category: 'mesure-audience', lifetime: '10 minutes', purpose: 'Limite le débit des requêtes (ga.js).' },
      { name: '__utmv', match: 'exact', category: 'mesure-audience', lifetime: '2 ans', purpose: 'Conserve les variables personnalisées propres au visiteur (ga.js).' },
      { name: '__utm', match: 'prefix', category: 'mesure-audience', lifetime: null, purpose: "Cookie de l'ancienne bibliothèque ga.js de Google Analytics." },
    ],
  },
  {
    vendor: 'Google Ads',
    source: 'https://policies.google.com/technologies/cookies',
    cookies: [
      { name: '_gcl_', match: 'prefix', category: 'publicite', lifetime: '90 jours', purpose: 'Mesure les conversions issues des publicités Google (Google Ads, Campaign Manager).' },
    ],
  },
  {
    vendor: 'AT Internet (Piano)',
    source: 'https://developers.atinternet-solutions.com/as2-tagging-fr/javascript-fr/bien-commencer-javascript-fr/cookies-at-internet-javascript-fr/',
    cookies: [
      { name: 'atuserid', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', purpose: "Identifiant du visiteur pour la mesure d'audience AT Internet, déposé par le site lui-même." },
      { name: 'atidvisitor', match: 'exact', category: 'mesure-audience', lifetime: '6 mois par défaut, configurable', purpose: 'Liste des sites mesurés rencontrés par le visiteur et informations de visiteur identifié.' },
      { name: 'atauthority', match: 'exact', category: 'strictement-necessaire', lifetime: '13 mois par défaut, configurable', purpose: 'Mémorise le mode de confidentialité du visiteur (consentement ou opposition à la mesure).' },
      { name: 'atsession', match: 'exact', category: 'mesure-audience', lifetime: '30 minutes par défaut', purpose: 'Liste les campagnes rencontrées pendant la visite, pour ne pas les compter deux fois.' },
      { name: 'atreman', match: 'exact', category: 'mesure-audience', lifetime: '30 jours par défaut', purpose: "Garde en mémoire la campagne rémanente, pour attribuer une visite ultérieure à cette campagne." },
      { name: 'atredir', match: 'exact', category: 'mesure-audience', lifetime: '30 secondes par défaut', purpose: 'Conserve les informations à transmettre lors d’une redirection JavaScript.' },
      { name: 'xtvrn', match: 'exact', category: 'mesure-audience', lifetime: null, purpose: 'Liste des sites mesurés visités (ancienne bibliothèque Xiti, xtcore).' },
      { name: 'xtan', match: 'prefix', category: 'mesure-audience', lifetime: null, purpose: 'Informations de visiteur identifié (ancienne bibliothèque Xiti, xtcore).' },
    ],
  },
  {
    vendor: 'Piano Analytics',
    source: 'https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookie-storage',
    cookies: [
      { name: '_pcid', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', purpose: 'Identifiant du visiteur pour Piano Analytics.' },
      { name: '_pctx', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', purpose: 'Contexte partagé entre les outils Piano présents sur la page.' },
      { name: '_pprv', match: 'exact', category: 'strictement-necessaire', lifetime: '13 mois par défaut, configurable', purpose: 'Mémorise le mode de consentement du visiteur à la mesure Piano.' },
      { name: 'pa_vid', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', purpose: 'Identifiant du visiteur (versions de Piano Analytics antérieures à 6.8).' },
      { name: 'pa_user', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', purpose: "Informations sur l'utilisateur identifié, jointes aux événements mesurés." },
      { name: 'pa_privacy', match: 'exact', category: 'strictement-necessaire', lifetime: '13 mois par défaut, configurable', purpose: 'Mémorise le mode de confidentialité du visiteur (versions antérieures à 6.8).' },
      { name: 'idrxvr', match: 'exact', category: 'mesure-audience', lifetime: '13 mois', purpose: 'Ancien identifiant de visiteur déposé par les serveurs de collecte AT Internet / Piano.' },
    ],
  },
  {
    vendor: 'Piano (Composer)',
    source: 'https://piano.io/privacy-policy/',
    cookies: [
      { name: '_pcus', match: 'exact', category: 'publicite', lifetime: '2 ans', purpose: 'Segmentation des utilisateurs par les outils marketing de Piano.' },
    ],
  },
  {
    vendor: 'Eulerian',
    source: 'https://eulerian.com/vie-privee',
    cookies: [
      { name: 'etuix', match: 'exact', category: 'mesure-audience', lifetime: null, purpose: "Identifiant du visiteur pour la mesure d'audience Eulerian." },
    ],
  },
  {
    vendor: 'Wysistat',
    source: 'https://www.wysistat.net/webanalytics/exemption-cnil/',
    cookies: [
      { name: 'Wysistat', match: 'exact', category: 'mesure-audience', lifetime: null, purpose: "Reconnaît le visiteur d'une visite à l'autre pour la mesure d'audience Wysistat." },
      { name: 'wysistat', match: 'exact', category: 'mesure-audience', lifetime: null, purpose: "Reconnaît le visiteur d'une visite à l'autre pour la mesure d'audience Wysistat." },
    ],
  },
  {
    vendor: 'Hotjar',
    source: 'https://help.hotjar.com/hc/en-us/articles/36819973371409-Cookies-Set-by-the-Hotjar-Tracking-Code',
    cookies: [
      { name: '_hjSessionUser_', match: 'prefix', category: 'mesure-audience', lifetime: '365 jours', purpose: "Identifiant de l'utilisateur propre au site, pour rattacher ses visites successives." },
      { name: '_hjSession_', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', purpose: 'Données de la session en cours, pour rattacher les pages vues à une même session.' },
      { name: '_hjid', match: 'exact', category: 'mesure-audience', lifetime: '365 jours', purpose: "Ancien identifiant d'utilisateur Hotjar, propre au site." },
      { name: '_hjFirstSeen', match: 'exact', category: 'mesure-audience', lifetime: 'session', purpose: "Repère la première session d'un nouvel utilisateur." },
      { name: '_hjAbsoluteSessionInProgress', match: 'exact', category: 'mesure-audience', lifetime: '30 minutes', purpose: "Repère la première page vue d'une session." },
      { name: '_hjIncludedIn', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', purpose: "Indique si le visiteur fait partie de l'échantillon enregistré par Hotjar." },
      { name: '_hjTLDTest', match: 'exact', category: 'fonctionnel', lifetime: 'session', purpose: 'Cherche le domaine le plus large où déposer les cookies Hotjar ; supprimé aussitôt.' },
    ],
  },
  {
    vendor: 'Microsoft Clarity',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
    cookies: [
      { name: '_clck', match: 'exact', category: 'mesure-audience', lifetime: '1 an', purpose: "Conserve l'identifiant Clarity de l'utilisateur et ses préférences, propres au site." },
      { name: '_clsk', match: 'exact', category: 'mesure-audience', lifetime: '1 jour', purpose: "Regroupe les pages vues d'un utilisateur en une seule session enregistrée." },
      { name: 'CLID', match: 'exact', domains: ['clarity.ms'], category: 'mesure-audience', lifetime: '1 an', purpose: "Repère la première visite de l'utilisateur sur un site qui utilise Clarity." },
      { name: 'MUID', match: 'exact', domains: ['clarity.ms', 'bing.com'], category: 'publicite', lifetime: '1 an', purpose: 'Identifiant de navigateur de Microsoft, utilisé notamment pour la publicité.' },
      { name: 'ANONCHK', match: 'exact', domains: ['clarity.ms', 'bing.com'], category: 'publicite', lifetime: '10 minutes', purpose: "Indique si l'identifiant MUID est transmis au cookie publicitaire ANID." },
      { name: 'SM', match: 'exact', domains: ['clarity.ms'], category: 'mesure-audience', lifetime: 'session', purpose: "Synchronise l'identifiant MUID entre les domaines de Microsoft." },
      { name: 'MR', match: 'exact', domains: ['clarity.ms', 'bing.com'], category: 'mesure-audience', lifetime: '7 jours', purpose: "Indique s'il faut renouveler l'identifiant MUID." },
    ],
  },
];
