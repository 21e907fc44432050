import { EmptyFileSystem, URI } from 'langium';
import { createCasusCoreServices } from '../language/casus-core-module.js';
import type { Locale } from '../language/i18n/locale.js';
import type { DiagnosticCode, SeverityOverride } from '../language/validation/diagnostic-codes.js';
import { buildCaseModel } from '../language/model/build-case-model.js';
import type { CaseModel } from '../language/model/case-model.js';
import { buildCaseDocuments } from '../language/workspace/case-documents.js';
import type { CommandOutcome } from './check-command.js';
import { cliMessagesFor } from './cli-messages.js';
import { loadCases } from './load-cases.js';
import { diffCases } from './report/case-diff.js';
import { GitError, textAtRevision, verifyRevision } from './report/git-base.js';
import { renderReport, type ReportedCase } from './report/report-markdown.js';
import { reportMessagesFor } from './report/report-messages.js';

export interface ReportOptions {
    paths: string[];
    base?: string;
    locale: Locale;
    /** Severities from casus.json, so the report shows what `casus check` shows. */
    rules?: Partial<Record<DiagnosticCode, SeverityOverride>>;
}

/** `casus report`: a Markdown summary of each case for a pull-request comment, optionally with what changed since `--base`. */
export async function runReport(options: ReportOptions): Promise<CommandOutcome> {
    const cli = cliMessagesFor(options.locale);
    const { cases, problems } = await loadCases(options.paths, { locale: options.locale, rules: options.rules });
    const stderr = problems.map(p => cli.cannotRead(p.path, p.problem));
    if (cases.length === 0 && problems.length === 0) stderr.push(cli.noCasesFound(options.paths)); // as check and format say
    const reported: ReportedCase[] = cases.map(c => ({ file: c.display, model: buildCaseModel(c.document.parseResult.value, c.document.diagnostics ?? []) }));

    if (options.base !== undefined && cases.length > 0) {
        try {
            await verifyRevision(options.base, cases[0].display);
        } catch (error) {
            if (error instanceof GitError) return { exitCode: 2, stdout: '', stderr: cli.badBase(options.base, error.message) + '\n' };
            throw error;
        }
        const baseModels = await modelsAtRevision(options.base, cases.map(c => c.display), options);
        reported.forEach((r, i) => {
            r.diff = { rev: options.base!, changes: baseModels[i] ? diffCases(baseModels[i], r.model) : null };
        });
    }

    const stdout = renderReport(reported, reportMessagesFor(options.locale));
    return { exitCode: problems.length > 0 ? 2 : 0, stdout, stderr: stderr.length ? stderr.join('\n') + '\n' : '' };
}

/** Each file as it was at `rev`, built with the same services (in a separate workspace, so the two versions never mix). */
async function modelsAtRevision(rev: string, files: readonly string[], options: ReportOptions): Promise<Array<CaseModel | undefined>> {
    const texts = await Promise.all(files.map(file => textAtRevision(rev, file)));
    const { shared, Casus } = createCasusCoreServices(EmptyFileSystem);
    Casus.workspace.CasusSettings.locale = options.locale;
    Casus.workspace.CasusSettings.setSeverityOverrides(options.rules ?? {});
    const present = texts.flatMap((text, i) => text === undefined ? [] : [{ i, uri: URI.parse(`casus-base:/${i}/${encodeURIComponent(files[i])}`), text }]);
    const documents = await buildCaseDocuments(shared, present);
    const models: Array<CaseModel | undefined> = files.map(() => undefined);
    present.forEach((p, k) => { models[p.i] = buildCaseModel(documents[k].parseResult.value, documents[k].diagnostics ?? []); });
    return models;
}
