import { DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CasusServices } from '../casus-module.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { CASUS_JSON, describeCasusJsonProblem, parseCasusJson, ruleOverridesFrom, type RuleOverrides } from './casus-json.js';

/** The `casus` section of the editor settings (package.json, contributes.configuration). */
export const SETTINGS_SECTION = 'casus';

/** The parts of the client's `initialize` request this needs. */
export interface ClientInfo {
    locale?: string;
    workspaceFolders?: ReadonlyArray<{ uri: string }> | null;
    rootUri?: string | null;
}

/**
 * Keeps the language server's CasusSettings in line with what the user chose,
 * and re-validates the open documents when that changes:
 *
 *   severity of a code: editor setting `casus.diagnostics.severity` > the
 *   workspace's casus.json (`rules`) > the default;
 *   message language: editor setting `casus.language` (nl|en) > the client's
 *   display language (`auto`).
 *
 * Editor settings arrive through Langium's ConfigurationProvider (pulled at
 * start, pushed by workspace/didChangeConfiguration); casus.json is read from
 * the first workspace folder that has one and read again when a watched-file
 * event names it. Reading it is harmless in an untrusted workspace: it only
 * sets severities.
 */
export class CasusConfiguration {
    private clientLocale: Locale = 'en';
    private folders: URI[] = [];
    private editorRules: RuleOverrides = {};
    private editorLanguage: Locale | 'auto' = 'auto';
    private fileRules: RuleOverrides = {};
    private applied = '';
    /** The latest re-read and re-validation, so that callers (and tests) can wait for it. */
    private pending: Promise<void> = Promise.resolve();

    constructor(
        private readonly shared: LangiumSharedServices,
        private readonly casus: CasusServices,
        /** Shows a problem in casus.json to the user (a warning in the editor). */
        private readonly warn: (message: string) => void = () => undefined,
    ) { }

    /** From the client's `initialize` request: display language and workspace folders. */
    initialize(client: ClientInfo): void {
        this.clientLocale = toLocale(client.locale);
        const folders = client.workspaceFolders?.map(folder => folder.uri) ?? (client.rootUri ? [client.rootUri] : []);
        this.folders = folders.map(uri => URI.parse(uri));
        this.casus.workspace.CasusSettings.locale = this.clientLocale;
    }

    /**
     * Reads the settings and casus.json once and follows their changes. Call
     * after `initialized`; resolves when the first settings are applied.
     */
    async start(): Promise<void> {
        const configuration = this.shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => {
            if (update.section !== SETTINGS_SECTION) return;
            this.takeEditorSettings(update.configuration);
            this.schedule(() => this.apply());
        });
        this.shared.lsp.DocumentUpdateHandler?.onWatchedFilesChange(params => {
            if (params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === CASUS_JSON)) {
                this.schedule(async () => {
                    await this.readCasusJson();
                    await this.apply();
                });
            }
        });
        await configuration.ready;
        this.takeEditorSettings({
            diagnostics: await configuration.getConfiguration(SETTINGS_SECTION, 'diagnostics'),
            language: await configuration.getConfiguration(SETTINGS_SECTION, 'language'),
        });
        this.schedule(async () => {
            await this.readCasusJson();
            await this.apply();
        });
        await this.pending;
    }

    /** Resolves when every change seen so far has been applied and the documents validated again. */
    settled(): Promise<void> {
        return this.pending;
    }

    /** One change after the other, in the order they came; a failure is logged and does not block later changes. */
    private schedule(step: () => Promise<void>): void {
        this.pending = this.pending.then(step).catch(error => console.error('casus: applying the settings failed:', error));
    }

    /** Accepts the section as VS Code sends it (`{ diagnostics: { severity: {...} }, language }`); anything else is ignored. */
    private takeEditorSettings(section: unknown): void {
        const value = (typeof section === 'object' && section !== null ? section : {}) as { diagnostics?: { severity?: unknown }; language?: unknown };
        this.editorRules = ruleOverridesFrom(value.diagnostics?.severity);
        this.editorLanguage = value.language === 'nl' || value.language === 'en' ? value.language : 'auto';
    }

    private async readCasusJson(): Promise<void> {
        this.fileRules = {};
        const files = this.shared.workspace.FileSystemProvider;
        for (const folder of this.folders) {
            const uri = UriUtils.joinPath(folder, CASUS_JSON);
            let text: string;
            try {
                text = await files.readFile(uri);
            } catch {
                continue; // no casus.json in this folder
            }
            const parsed = parseCasusJson(text);
            this.fileRules = parsed.rules;
            const locale = this.effectiveLocale();
            for (const problem of parsed.problems) this.warn(`${uri.fsPath}: ${describeCasusJsonProblem(problem, locale)}`);
            return;
        }
    }

    private effectiveLocale(): Locale {
        return this.editorLanguage === 'auto' ? this.clientLocale : this.editorLanguage;
    }

    /** Applies the merged choices; when they changed, documents are validated again (and re-parsed for a new language, whose syntax messages are made while parsing). */
    private async apply(): Promise<void> {
        const settings = this.casus.workspace.CasusSettings;
        const rules: RuleOverrides = { ...this.fileRules, ...this.editorRules };
        const locale = this.effectiveLocale();
        const key = JSON.stringify({ rules, locale });
        if (key === this.applied) return;
        this.applied = key;
        const languageChanged = settings.locale !== locale;
        settings.locale = locale;
        settings.setSeverityOverrides(rules);
        const workspace = this.shared.workspace;
        const documents = workspace.LangiumDocuments.all.filter(doc => doc.state >= DocumentState.Parsed).toArray();
        if (documents.length === 0) return;
        await workspace.WorkspaceLock.write(async token => {
            if (languageChanged) {
                // Langium re-parses only changed texts, but syntax messages are worded while parsing: parse again here.
                for (const document of documents) {
                    workspace.DocumentBuilder.resetToState(document, DocumentState.Parsed);
                    const parsed = this.shared.ServiceRegistry.getServices(document.uri).parser.LangiumParser.parse(document.textDocument.getText());
                    Object.assign(parsed.value, { $document: document }); // as LangiumDocumentFactory links a new AST to its document
                    document.parseResult = parsed;
                }
            }
            await workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    }
}
