import { resolve } from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { createCasusCoreServices, type CasusCoreServices } from '../language/casus-core-module.js';
import type { Case } from '../language/generated/ast.js';
import type { Locale } from '../language/i18n/locale.js';
import type { DiagnosticCode, SeverityOverride } from '../language/validation/diagnostic-codes.js';
import { buildCaseDocuments, caseUri } from '../language/workspace/case-documents.js';
import { fileProblemOf } from './file-problem.js';
import { findCases, type PathProblem } from './find-cases.js';
import { readCaseBytes } from './read-case-file.js';

export interface LoadedCase {
    /** The path as the user gave it (or folder + relative path). */
    display: string;
    text: string;
    document: LangiumDocument<Case>;
}

export interface LoadedCases {
    cases: LoadedCase[];
    /** Paths that could not be found or read; the others were still loaded. */
    problems: PathProblem[];
    services: CasusCoreServices;
}

/**
 * What every command that reads cases does first: expand the paths, read each
 * file as UTF-8 (invalid bytes become U+FFFD), and build all of them with the
 * language server's own services, in the user's language and severities.
 */
export async function loadCases(paths: readonly string[], options: { locale: Locale; rules?: Partial<Record<DiagnosticCode, SeverityOverride>> }): Promise<LoadedCases> {
    const { cases: found, problems } = await findCases(paths);
    const sources: Array<{ display: string; text: string }> = [];
    for (const { display } of found) {
        try {
            sources.push({ display, text: await readCaseText(display) });
        } catch (error) {
            problems.push({ path: display, problem: fileProblemOf(error) });
        }
    }
    const { shared, Casus } = createCasusCoreServices(EmptyFileSystem);
    Casus.workspace.CasusSettings.locale = options.locale;
    Casus.workspace.CasusSettings.setSeverityOverrides(options.rules ?? {});
    const documents = await buildCaseDocuments(shared, sources.map(s => ({ uri: caseUri(resolve(s.display)), text: s.text })));
    return { cases: sources.map((source, i) => ({ ...source, document: documents[i] })), problems, services: Casus };
}

export async function readCaseText(path: string): Promise<string> {
    return new TextDecoder('utf-8', { fatal: false }).decode(await readCaseBytes(path));
}
