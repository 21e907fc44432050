import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Case } from '../generated/ast.js';

export interface CaseSource {
    /** Where the text came from; becomes the document URI. */
    uri: URI;
    text: string;
}

/**
 * Parses, links and validates case texts outside an editor (CLI, tests,
 * benchmarks) with exactly the services the language server uses.
 */
export async function buildCaseDocuments(shared: LangiumSharedCoreServices, sources: readonly CaseSource[]): Promise<Array<LangiumDocument<Case>>> {
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const built = sources.map(source => {
        if (documents.hasDocument(source.uri)) {
            documents.deleteDocument(source.uri);
        }
        const document = factory.fromString<Case>(withoutByteOrderMark(source.text), source.uri);
        documents.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(built, { validation: true });
    return built;
}

/** Editors hide a UTF-8 byte order mark; so do we, so that columns agree with the editor's. */
export function withoutByteOrderMark(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function caseUri(path: string): URI {
    return URI.file(path);
}
