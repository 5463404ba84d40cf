import type { KnowledgeFact, VendorCookies } from '../types.ts';
import { ALL, NONE, pages } from './pages.ts';

const VENDOR_AND_PURPOSE: readonly KnowledgeFact[] = ['vendor', 'purpose'];

/** Audience measurement and behaviour analysis: the tools French local authorities' portals embed most. */
export const measurementVendors: VendorCookies[] = [
  {
    vendor: 'Matomo',
    page: pages.matomoCookies,
    cookies: [
      // "Unique visitor ID": a pseudonymous identifier, never "anonymous" (a legal term it does not meet by itself).
      { name: '_pk_id.', match: 'prefix', category: 'mesure-audience', lifetime: '13 mois par défaut', stated: ALL, purpose: "Identifiant unique (pseudonyme) du visiteur et quelques informations sur lui, qui permettent de reconnaître ses visites successives." },
      { name: '_pk_ses.', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes par défaut', stated: ALL, purpose: 'Cookie de courte durée qui garde temporairement les données de la visite en cours.' },
      { name: '_pk_ref.', match: 'prefix', category: 'mesure-audience', lifetime: '6 mois par défaut', stated: ALL, purpose: "Mémorise la provenance du visiteur (le site d'où il est arrivé la première fois), pour attribuer ses visites." },
      { name: '_pk_cvar.', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes par défaut', stated: ALL, purpose: 'Cookie de courte durée qui garde temporairement les données de la visite en cours.' },
      { name: '_pk_hsr.', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes par défaut', stated: ALL, purpose: 'Sert aux cartes de chaleur et aux enregistrements de sessions (module Heatmap & Session Recording).' },
      { name: '_pk_testcookie', match: 'prefix', category: 'mesure-audience', lifetime: 'supprimé aussitôt créé', stated: ALL, purpose: 'Vérifie que le navigateur accepte les cookies ; supprimé aussitôt créé.' },
      { name: 'mtm_consent', match: 'prefix', category: 'strictement-necessaire', lifetime: '30 ans par défaut', stated: ALL, purpose: 'Mémorise que le visiteur a donné (mtm_consent) ou retiré (mtm_consent_removed) son consentement au suivi Matomo.' },
      { name: 'mtm_cookie_consent', match: 'exact', category: 'strictement-necessaire', lifetime: null, stated: ['vendor', 'category', 'purpose'], purpose: 'Mémorise que le visiteur a accepté le dépôt des cookies de Matomo.' },
      { name: 'matomo_ignore', match: 'exact', category: 'strictement-necessaire', lifetime: null, stated: ['vendor', 'category', 'purpose'], purpose: "Mémorise que le visiteur s'est exclu de la mesure Matomo (opposition) ; ne contient aucun identifiant." },
      { name: 'matomo_sessid', match: 'exact', category: 'securite', lifetime: null, stated: ['vendor', 'purpose'], purpose: "Jeton à usage unique du formulaire d'opposition de Matomo, contre la falsification de requêtes (CSRF) ; pas un cookie de mesure." },
      { name: 'MATOMO_SESSID', match: 'exact', category: 'strictement-necessaire', lifetime: 'session', stated: NONE, purpose: "Session de l'application Matomo elle-même (connexion à Matomo, formulaire d'opposition), pas de la mesure des visiteurs." },
    ],
  },
  {
    vendor: 'Google Analytics',
    page: pages.googleAnalytics4Cookies,
    cookies: [
      { name: '_ga', match: 'exact', category: 'mesure-audience', lifetime: '2 ans par défaut', stated: ALL, purpose: 'Distingue les visiteurs (Google Analytics).' },
      { name: '_ga_', match: 'prefix', category: 'mesure-audience', lifetime: '2 ans par défaut', stated: ALL, purpose: "Conserve l'état de la session dans Google Analytics 4 (un cookie par propriété mesurée)." },
    ],
  },
  {
    vendor: 'Google Analytics (Universal Analytics)',
    page: pages.googleAnalyticsCookies,
    cookies: [
      { name: '_gid', match: 'exact', category: 'mesure-audience', lifetime: '24 heures', stated: ALL, purpose: 'Distingue les visiteurs.' },
      { name: '_gat', match: 'prefix', category: 'mesure-audience', lifetime: '1 minute', stated: ALL, purpose: 'Limite le débit des requêtes envoyées à Google Analytics.' },
      { name: '_gac_', match: 'prefix', category: 'publicite', lifetime: '90 jours', stated: ALL, purpose: 'Informations de campagne du visiteur, lues par les balises de conversion Google Ads quand les comptes Analytics et Ads sont liés.' },
    ],
  },
  {
    vendor: 'Google Analytics (ancienne bibliothèque ga.js)',
    page: null,
    cookies: [
      { name: '__utma', match: 'exact', category: 'mesure-audience', lifetime: '2 ans', stated: NONE, purpose: "Distingue les visiteurs et leurs sessions (ancienne bibliothèque ga.js)." },
      { name: '__utmb', match: 'exact', category: 'mesure-audience', lifetime: '30 minutes', stated: NONE, purpose: "Repère le début d'une nouvelle visite (ga.js)." },
      { name: '__utmc', match: 'exact', category: 'mesure-audience', lifetime: 'session', stated: NONE, purpose: "Détermine si le visiteur commence une nouvelle visite (ga.js)." },
      { name: '__utmz', match: 'exact', category: 'mesure-audience', lifetime: '6 mois', stated: NONE, purpose: "Mémorise la provenance du visiteur : moteur de recherche, lien ou campagne (ga.js)." },
      { name: '__utmt', match: 'exact', category: 'mesure-audience', lifetime: '10 minutes', stated: NONE, purpose: 'Limite le débit des requêtes (ga.js).' },
      { name: '__utmv', match: 'exact', category: 'mesure-audience', lifetime: '2 ans', stated: NONE, purpose: 'Conserve les variables personnalisées propres au visiteur (ga.js).' },
      { name: '__utm', match: 'prefix', category: 'mesure-audience', lifetime: null, stated: NONE, purpose: "Cookie de l'ancienne bibliothèque ga.js de Google Analytics." },
    ],
  },
  {
    vendor: 'Google Ads',
    page: null,
    cookies: [
      { name: '_gcl_', match: 'prefix', category: 'publicite', lifetime: '90 jours', stated: NONE, purpose: 'Mesure les conversions issues des publicités Google (Google Ads, Campaign Manager).' },
    ],
  },
  {
    // Its cookie table states each one's purpose, default lifetime and type (the older xtcore names are not in it).
    vendor: 'AT Internet (Piano)',
    page: pages.atInternetCookies,
    cookies: [
      { name: 'atuserid', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', stated: ['vendor', 'purpose', 'lifetime'], purpose: "Identifiant du visiteur pour la mesure d'audience AT Internet, déposé par le site lui-même." },
      { name: 'atidvisitor', match: 'exact', category: 'mesure-audience', lifetime: '6 mois par défaut, configurable', stated: ALL, purpose: 'Liste des sites mesurés rencontrés par le visiteur et informations de visiteur identifié.' },
      { name: 'atauthority', match: 'exact', category: 'strictement-necessaire', lifetime: '13 mois par défaut, configurable', stated: ['vendor', 'purpose', 'lifetime'], purpose: 'Mémorise le mode de confidentialité du visiteur (consentement ou opposition à la mesure).' },
      { name: 'atsession', match: 'exact', category: 'mesure-audience', lifetime: '30 minutes par défaut', stated: ALL, purpose: 'Liste les campagnes rencontrées pendant la visite, pour ne pas les compter deux fois.' },
      { name: 'atreman', match: 'exact', category: 'mesure-audience', lifetime: '30 jours par défaut', stated: ALL, purpose: "Garde en mémoire la campagne rémanente, pour attribuer une visite ultérieure à cette campagne." },
      { name: 'atredir', match: 'exact', category: 'mesure-audience', lifetime: '30 secondes par défaut', stated: ALL, purpose: 'Conserve les informations à transmettre lors d’une redirection JavaScript.' },
      { name: 'xtvrn', match: 'exact', category: 'mesure-audience', lifetime: null, stated: NONE, purpose: 'Liste des sites mesurés visités (ancienne bibliothèque Xiti, xtcore).' },
      { name: 'xtan', match: 'prefix', category: 'mesure-audience', lifetime: null, stated: NONE, purpose: 'Informations de visiteur identifié (ancienne bibliothèque Xiti, xtcore).' },
    ],
  },
  {
    vendor: 'Piano Analytics',
    page: null,
    cookies: [
      { name: '_pcid', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', stated: NONE, purpose: 'Identifiant du visiteur pour Piano Analytics.' },
      { name: '_pctx', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', stated: NONE, purpose: 'Contexte partagé entre les outils Piano présents sur la page.' },
      { name: '_pprv', match: 'exact', category: 'strictement-necessaire', lifetime: '13 mois par défaut, configurable', stated: NONE, purpose: 'Mémorise le mode de consentement du visiteur à la mesure Piano.' },
      { name: 'pa_vid', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', stated: NONE, purpose: 'Identifiant du visiteur (versions de Piano Analytics antérieures à 6.8).' },
      { name: 'pa_user', match: 'exact', category: 'mesure-audience', lifetime: '13 mois par défaut, configurable', stated: NONE, purpose: "Informations sur l'utilisateur identifié, jointes aux événements mesurés." },
      { name: 'pa_privacy', match: 'exact', category: 'strictement-necessaire', lifetime: '13 mois par défaut, configurable', stated: NONE, purpose: 'Mémorise le mode de confidentialité du visiteur (versions antérieures à 6.8).' },
      { name: 'idrxvr', match: 'exact', category: 'mesure-audience', lifetime: '13 mois', stated: NONE, purpose: 'Ancien identifiant de visiteur déposé par les serveurs de collecte AT Internet / Piano.' },
    ],
  },
  {
    vendor: 'Piano (Composer)',
    page: null,
    cookies: [
      { name: '_pcus', match: 'exact', category: 'publicite', lifetime: '2 ans', stated: NONE, purpose: 'Segmentation des utilisateurs par les outils marketing de Piano.' },
    ],
  },
  {
    vendor: 'Eulerian',
    page: null,
    cookies: [
      { name: 'etuix', match: 'exact', category: 'mesure-audience', lifetime: null, stated: NONE, purpose: "Identifiant du visiteur pour la mesure d'audience Eulerian." },
    ],
  },
  {
    vendor: 'Wysistat',
    page: null,
    cookies: [
      { name: 'Wysistat', match: 'exact', category: 'mesure-audience', lifetime: null, stated: NONE, purpose: "Reconnaît le visiteur d'une visite à l'autre pour la mesure d'audience Wysistat." },
      { name: 'wysistat', match: 'exact', category: 'mesure-audience', lifetime: null, stated: NONE, purpose: "Reconnaît le visiteur d'une visite à l'autre pour la mesure d'audience Wysistat." },
    ],
  },
  {
    vendor: 'Hotjar',
    page: null,
    cookies: [
      { name: '_hjSessionUser_', match: 'prefix', category: 'mesure-audience', lifetime: '365 jours', stated: NONE, purpose: "Identifiant de l'utilisateur propre au site, pour rattacher ses visites successives." },
      { name: '_hjSession_', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', stated: NONE, purpose: 'Données de la session en cours, pour rattacher les pages vues à une même session.' },
      { name: '_hjid', match: 'exact', category: 'mesure-audience', lifetime: '365 jours', stated: NONE, purpose: "Ancien identifiant d'utilisateur Hotjar, propre au site." },
      { name: '_hjFirstSeen', match: 'exact', category: 'mesure-audience', lifetime: 'session', stated: NONE, purpose: "Repère la première session d'un nouvel utilisateur." },
      { name: '_hjAbsoluteSessionInProgress', match: 'exact', category: 'mesure-audience', lifetime: '30 minutes', stated: NONE, purpose: "Repère la première page vue d'une session." },
      { name: '_hjIncludedIn', match: 'prefix', category: 'mesure-audience', lifetime: '30 minutes', stated: NONE, purpose: "Indique si le visiteur fait partie de l'échantillon enregistré par Hotjar." },
      { name: '_hjTLDTest', match: 'exact', category: 'fonctionnel', lifetime: 'session', stated: NONE, purpose: 'Cherche le domaine le plus large où déposer les cookies Hotjar ; supprimé aussitôt.' },
    ],
  },
  {
    // Its cookie list states each cookie's purpose (MUID's advertising use too), not how long each lives.
    vendor: 'Microsoft Clarity',
    page: pages.clarityCookies,
    cookies: [
      { name: '_clck', match: 'exact', category: 'mesure-audience', lifetime: '1 an', stated: VENDOR_AND_PURPOSE, purpose: "Conserve l'identifiant Clarity de l'utilisateur et ses préférences, propres au site." },
      { name: '_clsk', match: 'exact', category: 'mesure-audience', lifetime: '1 jour', stated: VENDOR_AND_PURPOSE, purpose: "Regroupe les pages vues d'un utilisateur en une seule session enregistrée." },
      { name: 'CLID', match: 'exact', domains: ['clarity.ms'], category: 'mesure-audience', lifetime: '1 an', stated: VENDOR_AND_PURPOSE, purpose: "Repère la première visite de l'utilisateur sur un site qui utilise Clarity." },
      { name: 'MUID', match: 'exact', domains: ['clarity.ms', 'bing.com'], category: 'publicite', lifetime: '1 an', stated: ['vendor', 'category', 'purpose'], purpose: 'Identifiant de navigateur de Microsoft, utilisé notamment pour la publicité.' },
      { name: 'ANONCHK', match: 'exact', domains: ['clarity.ms', 'bing.com'], category: 'publicite', lifetime: '10 minutes', stated: VENDOR_AND_PURPOSE, purpose: "Indique si l'identifiant MUID est transmis au cookie publicitaire ANID." },
      { name: 'SM', match: 'exact', domains: ['clarity.ms'], category: 'mesure-audience', lifetime: 'session', stated: VENDOR_AND_PURPOSE, purpose: "Synchronise l'identifiant MUID entre les domaines de Microsoft." },
      { name: 'MR', match: 'exact', domains: ['clarity.ms', 'bing.com'], category: 'mesure-audience', lifetime: '7 jours', stated: VENDOR_AND_PURPOSE, purpose: "Indique s'il faut renouveler l'identifiant MUID." },
    ],
  },
];
