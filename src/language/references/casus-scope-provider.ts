import { AstUtils, DocumentCache, EMPTY_STREAM, stream, type AstNode, type AstNodeDescription, type AstReflection, type LangiumDocument, type ReferenceInfo, type Scope, type ScopeProvider, type Stream } from 'langium';
import type { AstNodeDescriptionProvider } from 'langium';
import type { CasusCoreServices } from '../casus-core-module.js';
import { isCase } from '../generated/ast.js';
import { namedElements } from '../validation/case-elements.js';

/**
 * A case is self-contained: a `verbinding` or `spanning` names an element of
 * the same file. Langium's default scoping walks the containers and the
 * global index for every reference, which is quadratic in a large case; here
 * each document gets one name → element map per reference type, built once
 * per change and looked up in constant time.
 */
export class CasusScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly scopes: DocumentCache<string, Scope>;

    constructor(services: CasusCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.scopes = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return this.scopes.get(document.uri, referenceType, () => this.createScope(document, referenceType));
    }

    private createScope(document: LangiumDocument, referenceType: string): Scope {
        const byName = new Map<string, AstNode>();
        const root = document.parseResult.value;
        if (isCase(root)) {
            for (const element of namedElements(root)) {
                // The first of two equal names is the one that counts; the second is a `duplicate-name`.
                if (element.name && !byName.has(element.name) && this.reflection.isSubtype(element.$type, referenceType)) {
                    byName.set(element.name, element);
                }
            }
        }
        return new NameMapScope(byName, (node, name) => this.descriptions.createDescription(node, name, document));
    }
}

/**
 * Descriptions are made only for the names asked for: a description carries
 * the element's path in the tree, which is costly to compute for every element
 * of a large case when only the linked ones are ever looked up.
 */
class NameMapScope implements Scope {
    private readonly described = new Map<string, AstNodeDescription>();

    constructor(private readonly byName: ReadonlyMap<string, AstNode>, private readonly describe: (node: AstNode, name: string) => AstNodeDescription) { }

    getElement(name: string): AstNodeDescription | undefined {
        let description = this.described.get(name);
        if (!description) {
            const node = this.byName.get(name);
            if (!node) return undefined;
            description = this.describe(node, name);
            this.described.set(name, description);
        }
        return description;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.byName.keys()).map(name => this.getElement(name)!);
    }
}
