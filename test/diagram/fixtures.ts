import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createCasusServices } from '../../src/language/casus-module.js';
import { buildCaseModel } from '../../src/language/model/build-case-model.js';
import type { CaseModel } from '../../src/language/model/case-model.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';

let counter = 0;

/** The CaseModel of a case text, built with the real services, as the language server builds it. */
export async function modelOf(text: string): Promise<CaseModel> {
    const { shared, Casus } = createCasusServices(EmptyFileSystem);
    Casus.workspace.CasusSettings.locale = 'en';
    const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(`/preview/case-${counter++}.casus`), text }]);
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length || parserErrors.length) throw new Error(`fixture does not parse: ${JSON.stringify(document.diagnostics?.[0]?.message)}`);
    return buildCaseModel(document.parseResult.value, document.diagnostics ?? []);
}

export const EXAMPLES = ['schulden-en-school', 'proeftuin-populatiemanagement', 'en-example'] as const;

export function exampleText(name: typeof EXAMPLES[number]): string {
    return readFileSync(new URL(`../fixtures/shared/examples/${name}.casus`, import.meta.url), 'utf8');
}

export const HOSTILE = ['<script>window.__casusPwned = 1</script>', '</svg>', '"><img src=x onerror="window.__casusPwned = 2">', 'javascript:window.__casusPwned = 3', "' onmouseover='window.__casusPwned=4", '&amp; &lt;'];

/** A case with every hostile string in every kind of text, description and title. */
export function hostileCase(): string {
    const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return `casus ${q(HOSTILE.join(' '))} {
  ik Analist ${q(HOSTILE[1])} {
    belang ${q(HOSTILE[0])}
    doel ${q(HOSTILE[3])}
    visie ${q(HOSTILE[2])}
  }
  organisatie {
    expertise ${q(HOSTILE[4])}
    actor Team ${q(HOSTILE[2])} {
      belang ${q(HOSTILE[0])}
      waarde ${q(HOSTILE[1])}
    }
  }
  regels {
    wet Wet ${q(HOSTILE[0])} {
      bepaling ${q(HOSTILE[2])}
    }
    regel Regel ${q(HOSTILE[3])}
  }
  politiek {
    stakeholder Raad ${q(HOSTILE[5])} {
      wil ${q(HOSTILE[1])}
    }
  }
  verbinding Team {
    helpt ${q(HOSTILE[2])}
    waarom ${q(HOSTILE[0])}
  }
  spanning Team Raad ${q(HOSTILE[3])}
}
`;
}

const LOREM = 'Het wijkteam wil de caseload beheersbaar houden en verwijst daarom liever pas door wanneer een gezin zelf om hulp vraagt, terwijl Schuldhulp juist eerdere aanmeldingen nodig heeft om binnen de wettelijke termijn te blijven en uitval te voorkomen; daarbij speelt ook mee dat de school signalen ziet die nergens landen.';

/** `members` members in each quadrant, each with two texts of `length` characters (and an unbroken word of that length). */
export function stressCase(members = 40, length = 300): string {
    const text = (i: number) => (LOREM.repeat(2).slice(0, length - 4) + ` ${i}`).slice(0, length);
    const longWord = 'x'.repeat(length);
    const block = (keyword: string, name: string, body: string) => Array.from({ length: members }, (_, i) =>
        `    ${keyword} ${name}${i} "${i % 7 === 0 ? longWord : text(i)}" {\n${body.replaceAll('#', text(i))}\n    }`).join('\n');
    return `casus "${text(0)}" {
  ik Analist "${text(1)}" {
${Array.from({ length: members }, (_, i) => `    belang "${text(i)}"`).join('\n')}
    visie "${text(2)}"
  }
  organisatie {
    omvang groot
${block('actor', 'Actor', '      belang "#"\n      waarde "#"')}
  }
  regels {
    omvang klein
${block('wet', 'Wet', '      bepaling "#"')}
  }
  politiek {
${block('stakeholder', 'Stakeholder', '      wil "#"\n      belang "#"')}
  }
${Array.from({ length: 5 }, (_, i) => `  verbinding Actor${i * 3} {\n    helpt "${text(i)}"\n    waarom "${text(i + 1)}"\n  }`).join('\n')}
${Array.from({ length: 5 }, (_, i) => `  spanning Actor${i} Stakeholder${i + 1} "${text(i)}"`).join('\n')}
}
`;
}
