import { EmptyFileSystem, URI } from 'langium';
import { createCasusServices } from '../../src/language/casus-module.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';
import { generateCase } from '../../test/helpers/generate-case.js';

/** Builds one generated case of `lines` lines, for a peak-memory measurement in a fresh process. */
export async function buildOnce(lines: number): Promise<void> {
    const { shared } = createCasusServices(EmptyFileSystem);
    await buildCaseDocuments(shared, [{ uri: URI.file('/bench/memory.casus'), text: generateCase(lines).text }]);
}
