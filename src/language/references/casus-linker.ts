import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument, type ReferenceInfo } from 'langium';
import { isCase, isSpanning, isVerbinding } from '../generated/ast.js';

/**
 * Only a `verbinding` or a `spanning`, always directly in the case, holds
 * references. Langium's default linker walks every node of the tree asking
 * each for references; this one visits just the case's sections. (A test
 * checks the grammar has cross-references nowhere else.)
 */
export class CasusLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        if (!isCase(root)) return super.link(document, cancelToken);
        await interruptAndCheck(cancelToken);
        for (const section of root.sections) {
            // A reference the parser could not read (a name is missing) is not there at all.
            if (isVerbinding(section)) {
                this.linkIfPresent({ reference: section.partner, container: section, property: 'partner' }, document);
            } else if (isSpanning(section)) {
                this.linkIfPresent({ reference: section.first, container: section, property: 'first' }, document);
                this.linkIfPresent({ reference: section.second, container: section, property: 'second' }, document);
            }
        }
    }

    private linkIfPresent(info: ReferenceInfo, document: LangiumDocument): void {
        if (info.reference) this.doLink(info, document);
    }
}
