import { EXIT_USAGE } from './exit.ts';

export const USAGE = `Usage : charter <fichier ou URL>   /   Usage: charter <file or URL>
        charter audit --charter <fichier ou URL> --har <fichier.har> [--csv sortie.csv] [--json sortie.json] [--html sortie.html]
        charter draft --charter <fichier ou URL> --har <fichier.har> [--md projet.md] [--html projet.html]

Affiche en JSON les cookies qu'une charte cookies déclare.
Prints, as JSON, the cookies a cookie charter declares.

  charter charte.html                      fichier enregistré (HTML ou texte) / saved page (HTML or text)
  charter https://portail.example/page/    page de charte / charter page
  charter https://data.montreuil.fr        origine d'un portail : trouve sa charte / portal origin: finds its charter

audit : compare la charte aux cookies d'une visite enregistrée en HAR (outils de développement du navigateur),
avec les mêmes constats que l'extension, et écrit les exports demandés. Aucune valeur de cookie n'est affichée.
audit: compares the charter with the cookies of a visit saved as HAR (browser developer tools), with the
extension's findings, and writes the exports asked for. No cookie value is ever shown.

draft : propose la charte corrigée (projet à relire, pas un avis juridique) : les lignes de la charte gardées,
les cookies non déclarés ajoutés, et pourquoi ; en texte sur la sortie standard, en Markdown et en HTML si demandé.
draft: proposes the corrected charter (a draft to review, not legal advice): the charter's rows kept, the
undeclared cookies added, and why; as text on stdout, as Markdown and HTML when asked.
`;

export function usageError(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
