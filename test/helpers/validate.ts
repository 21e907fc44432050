import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCasusServices } from '../../src/language/casus-module.js';
import type { Locale } from '../../src/language/i18n/locale.js';
import type { DiagnosticCode, SeverityOverride } from '../../src/language/validation/diagnostic-codes.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';

export interface ValidateOptions {
    locale?: Locale;
    rules?: Partial<Record<DiagnosticCode, SeverityOverride>>;
}

let counter = 0;

/** Parses, links and validates one case text with fresh, real services. */
export async function validate(text: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
    const { shared, Casus } = createCasusServices(EmptyFileSystem);
    Casus.workspace.CasusSettings.locale = options.locale ?? 'en';
    Casus.workspace.CasusSettings.setSeverityOverrides(options.rules ?? {});
    const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(`/test/case-${counter++}.casus`), text }]);
    return document.diagnostics ?? [];
}

/** `line:column code` for each finding (1-based), the shape the specification uses. */
export function summary(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}

/** The text a diagnostic's range covers. */
export function covered(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

/** A complete case without findings, to which a test adds or changes one thing. */
export const CLEAN_CASE = `casus "Schone casus" {
  ik Adviseur "Beleidsadviseur" {
    belang "Minder schulden bij gezinnen"
    visie "Partners doen mee als het hen zelf iets oplevert"
  }
  organisatie {
    actor Wijkteam {
      belang "Een beheersbare caseload"
    }
  }
  regels {
    wet Wgs "Wet gemeentelijke schuldhulpverlening"
  }
  politiek {
    stakeholder Wethouder {
      wil "Zichtbaar resultaat"
    }
  }
  verbinding Wijkteam {
    helpt "Het wijkteam meldt signalen"
    waarom "Vroege signalen kosten het wijkteam minder tijd"
  }
}
`;
