import { Cancellation, DefaultDocumentValidator, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { ParseResult } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CasusCoreServices } from '../casus-core-module.js';
import type { CasusSettings } from '../workspace/casus-settings.js';
import { isDiagnosticCode, type DiagnosticCode, type Severity } from './diagnostic-codes.js';
import { ignoredCodesAbove } from './ignore-comments.js';

/** More syntax errors than this say nothing new: the first ones are what to fix. */
const MAX_SYNTAX_ERRORS = 25;
/**
 * Langium hands the rules' findings on with one spread call (`push(...)`), which
 * overflows the stack somewhere past 100,000 arguments and then drops every
 * finding; a pasted megabyte of "wij" gets there. Nobody reads that many: the
 * first ones in reading order are kept.
 */
const MAX_RULE_FINDINGS = 10_000;

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

/**
 * Turns everything Langium reports into Casus findings with stable codes
 * (`syntax-error`, `unresolved-reference`), then applies, for every code alike,
 * the user's severity overrides and `// casus-ignore CODE` comments. The CLI and
 * the language server both validate through here.
 */
export class CasusDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: CasusSettings;

    constructor(services: CasusCoreServices) {
        super(services);
        this.settings = services.workspace.CasusSettings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return this.applyUserChoices(this.limitSyntaxErrors(diagnostics), document.textDocument);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        markAs(diagnostics, start, 'syntax-error');
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        markAs(diagnostics, start, 'syntax-error');
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const messages = this.settings.messages;
        for (const diagnostic of diagnostics.slice(start)) {
            const data = diagnostic.data as { refText?: string; containerType?: string } | undefined;
            const name = data?.refText ?? '';
            diagnostic.message = data?.containerType === 'Verbinding' ? messages.unresolvedPartner(name) : messages.unresolvedParty(name);
        }
        markAs(diagnostics, start, 'unresolved-reference');
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const findings = await super.validateAst(rootNode, options, cancelToken);
        if (findings.length <= MAX_RULE_FINDINGS) return findings;
        return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character).slice(0, MAX_RULE_FINDINGS);
    }

    /**
     * Every Casus rule starts from the case root (see CasusValidator), so only
     * the root's checks run; Langium's default walks every node of the tree to
     * look up checks that do not exist, which on a large case cost as much as
     * the rules themselves. Checks registered for other node types would not
     * run: registerValidationChecks registers only `Case`, and a test keeps it so.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        for (const check of this.validationRegistry.getChecks(rootNode.$type, options.categories)) {
            await check(rootNode, acceptor, cancelToken ?? Cancellation.CancellationToken.None);
        }
    }

    /** A binary or badly broken file gives hundreds of syntax errors; show the first ones and a count. */
    private limitSyntaxErrors(diagnostics: Diagnostic[]): Diagnostic[] {
        const syntax = diagnostics.filter(d => d.code === 'syntax-error');
        if (syntax.length <= MAX_SYNTAX_ERRORS) {
            return diagnostics;
        }
        const dropped = new Set(syntax.slice(MAX_SYNTAX_ERRORS));
        const last = syntax[MAX_SYNTAX_ERRORS - 1];
        last.message += ' ' + this.settings.messages.moreSyntaxErrors(dropped.size);
        return diagnostics.filter(d => !dropped.has(d));
    }

    private applyUserChoices(diagnostics: Diagnostic[], text: LangiumDocument['textDocument']): Diagnostic[] {
        // Only the lines above findings are read (the document's line index is already built), not the whole text split per keystroke.
        const lineAt = (line: number) => text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = diagnostic.code;
            if (!isDiagnosticCode(code)) {
                result.push(diagnostic);
                continue;
            }
            const severity = this.settings.severityOf(code);
            if (severity === 'off' || ignoredCodesAbove(lineAt, diagnostic.range.start.line).has(code)) {
                continue;
            }
            diagnostic.severity = LSP_SEVERITY[severity];
            diagnostic.source = 'casus';
            result.push(diagnostic);
        }
        // Findings in reading order, whatever rule produced them.
        return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
}

function markAs(diagnostics: Diagnostic[], from: number, code: DiagnosticCode): void {
    for (let i = from; i < diagnostics.length; i++) {
        diagnostics[i].code = code;
        diagnostics[i].data = { ...(diagnostics[i].data as object | undefined), code };
    }
}
