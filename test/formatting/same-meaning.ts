import { EmptyFileSystem, URI } from 'langium';
import { expect } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';
import { buildCaseModel } from '../../src/language/model/build-case-model.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';
import { withoutPositions } from '../helpers/without-positions.js';

let counter = 0;

/**
 * The case model of a text with everything position-bound left out: ranges,
 * and the wording of findings (some name a line number). What remains is what
 * the case says: elements, keyword language, texts, links, tensions and the
 * codes and severities of its findings. Built with the real services, the
 * same way the CLI and the preview build it; independent of the formatter's
 * own safety check.
 */
export async function meaningOf(text: string): Promise<unknown> {
    const { shared } = createCasusServices(EmptyFileSystem);
    const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(`/meaning/case-${counter++}.casus`), text }]);
    expect(document.parseResult.parserErrors, 'the text parses').toEqual([]);
    return withoutPositions(buildCaseModel(document.parseResult.value, document.diagnostics ?? []));
}

/** The comments of a text in order, as written (a formatter may move them, never change or drop them). */
export function commentsOf(text: string): string[] {
    const comments: string[] = [];
    // Skip strings, then take comments; the same shapes as the grammar's terminals.
    for (const match of text.matchAll(/"(?:\\[\s\S]|[^"\\])*"|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*/g)) {
        if (!match[0].startsWith('"')) comments.push(match[0]);
    }
    return comments;
}

/** The texts ("...") of a text in order, exactly as written, escapes and line breaks included. */
export function stringsOf(text: string): string[] {
    return [...text.matchAll(/"(?:\\[\s\S]|[^"\\])*"|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*/g)].map(m => m[0]).filter(t => t.startsWith('"'));
}

/** Everything but white space, in order: formatting may change nothing else. */
export function nonWhiteSpace(text: string): string {
    return text.replace(/\s+/g, '');
}

export async function expectSameMeaning(before: string, after: string): Promise<void> {
    expect(await meaningOf(after)).toEqual(await meaningOf(before));
    expect(commentsOf(after)).toEqual(commentsOf(before));
    expect(stringsOf(after)).toEqual(stringsOf(before));
    expect(nonWhiteSpace(after)).toBe(nonWhiteSpace(before));
}
