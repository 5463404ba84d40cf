import { cnil } from './references.ts';
import { findingAbout, type Subject } from './subjects.ts';
import type { Finding } from './types.ts';

/** Third-party cookies the charter does not declare: the visitor is not told who sets them. */
export function undeclaredThirdPartyFindings(subjects: readonly Subject[]): Finding[] {
  return subjects
    .filter((subject) => subject.declared === null && subject.cookie.party === 'third')
    .map((subject) => {
      const vendor = subject.knowledge ? ` (${subject.knowledge.vendor})` : '';
      return findingAbout(subject, {
        check: 'undeclared-third-party',
        explanation: `Ce cookie tiers, déposé par le domaine ${subject.cookie.domain}${vendor}, n'est pas mentionné dans la charte. La CNIL demande d'informer les visiteurs de l'identité de chaque acteur qui dépose des traceurs : à vérifier.`,
        reference: cnil.compliance,
      });
    });
}

/** Cookie attributes that weaken security: no Secure on an HTTPS portal, SameSite=None without Secure. */
export function attributeFindings(subjects: readonly Subject[], portalIsHttps: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const subject of subjects) {
    if (subject.cookie.secure) continue;
    if (subject.cookie.sameSite === 'none') {
      findings.push(findingAbout(subject, {
        check: 'samesite-none-without-secure',
        explanation:
          "Ce cookie est marqué SameSite=None sans l'attribut Secure : les navigateurs récents le refusent, et un navigateur qui l'accepte l'envoie aussi dans les requêtes venues d'autres sites, y compris sur une connexion non chiffrée. Point de sécurité à vérifier.",
        reference: cnil.security,
      }));
    } else if (portalIsHttps) {
      findings.push(findingAbout(subject, {
        check: 'missing-secure',
        explanation:
          "Ce cookie n'a pas l'attribut Secure alors que le portail est servi en HTTPS : le navigateur peut aussi l'envoyer sur une connexion non chiffrée (http). Point de sécurité à vérifier, surtout pour un cookie de session.",
        reference: cnil.security,
      }));
    }
  }
  return findings;
}
