import { EXIT_USAGE } from './exit.ts';
import { sayInEnglish, sayInFrench } from './messages.ts';

/** What each example of the usage does, after its command line, by message key. */
const EXAMPLES: [command: string, key: string][] = [
  ['charter charte.html', 'cliUsageFile'],
  ['charter https://portail.example/page/', 'cliUsagePage'],
  ['charter https://data.montreuil.fr', 'cliUsagePortal'],
];

export const USAGE = `${sayInFrench('cliUsageSyntax')}   /   ${sayInEnglish('cliUsageSyntax')}
        ${sayInFrench('cliUsageAuditSyntax')}
        ${sayInFrench('cliUsageDraftSyntax')}

${sayInFrench('cliUsageDeclared')}
${sayInEnglish('cliUsageDeclared')}

${EXAMPLES.map(([command, key]) => `  ${command.padEnd(41)}${sayInFrench(key)} / ${sayInEnglish(key)}`).join('\n')}

${sayInFrench('cliUsageAudit')}
${sayInEnglish('cliUsageAudit')}

${sayInFrench('cliUsageDraft')}
${sayInEnglish('cliUsageDraft')}
`;

export function usageError(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
