import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    CancellationToken, DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams, TextEdit,
} from 'vscode-languageserver';
import type { CasusServices } from '../casus-module.js';
import { formatParsedCase, type OffsetRange } from './format-case.js';

/**
 * `textDocument/formatting` and `textDocument/rangeFormatting` for Casus: the
 * canonical layout of format-case.ts (the same one `casus format` writes).
 * The editor's tab size and spaces/tabs options are deliberately not used:
 * one layout, so that the editor and CI never disagree. A document with
 * syntax errors gets no edits at all.
 */
export class CasusFormatter implements Formatter {
    constructor(private readonly services: CasusServices) { }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams, _cancelToken?: CancellationToken): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams, _cancelToken?: CancellationToken): TextEdit[] {
        const text = document.textDocument;
        // Whole lines: a selection that starts or ends mid-line formats those lines
        // entirely; a selection of full lines ends at column 0 of the next line, which is not selected.
        const { start, end } = params.range;
        const lastLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
        return this.edits(document, {
            start: text.offsetAt({ line: start.line, character: 0 }),
            end: text.offsetAt({ line: lastLine, character: Number.MAX_SAFE_INTEGER }),
        });
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams, _cancelToken?: CancellationToken): TextEdit[] {
        return []; // no on-type formatting: lines must not move while the analyst types
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, range?: OffsetRange): TextEdit[] {
        const text = document.textDocument;
        const outcome = formatParsedCase(this.services, text.getText(), document.parseResult, range);
        if (outcome.kind !== 'formatted') return [];
        return outcome.edits.map(edit => ({
            range: { start: text.positionAt(edit.offset), end: text.positionAt(edit.offset + edit.length) },
            newText: edit.newText,
        }));
    }
}
