import { AstUtils, CstUtils, DefaultReferences, DefaultReferenceDescriptionProvider, stream, type AstNode, type FindReferencesOptions, type ReferenceDescription, type Stream } from 'langium';
import type { Reference } from 'langium';
import { isCase, isSpanning, isVerbinding } from '../generated/ast.js';
import type { CasusCoreServices } from '../casus-core-module.js';

/**
 * Find-references within the one case a name can be used in, computed when
 * asked. Langium's default looks them up in an index of every reference of
 * every document, rebuilt on each keystroke; Casus has no references across
 * files, so that index only cost time on the typing path.
 */
export class CasusReferences extends DefaultReferences {
    private readonly locator;

    constructor(services: CasusCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const found: ReferenceDescription[] = options.includeDeclaration ? [...this.getSelfReferences(targetNode)] : [];
        const document = AstUtils.getDocument(targetNode);
        const root = document.parseResult.value;
        if (isCase(root) && (!options.documentUri || options.documentUri.toString() === document.uri.toString())) {
            const targetPath = this.locator.getAstNodePath(targetNode);
            for (const section of root.sections) {
                const references: Array<Reference | undefined> = isVerbinding(section) ? [section.partner]
                    : isSpanning(section) ? [section.first, section.second] : [];
                for (const reference of references) {
                    if (reference?.ref !== targetNode || !reference.$refNode) continue;
                    found.push({
                        sourceUri: document.uri,
                        sourcePath: this.locator.getAstNodePath(section),
                        targetUri: document.uri,
                        targetPath,
                        segment: CstUtils.toDocumentSegment(reference.$refNode),
                        local: true,
                    });
                }
            }
        }
        return stream(found);
    }
}

/** Nothing to index: see CasusReferences. */
export class CasusReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(): Promise<ReferenceDescription[]> {
        return [];
    }
}
