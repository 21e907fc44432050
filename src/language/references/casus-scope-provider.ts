import { AstUtils, DocumentCache, EMPTY_STREAM, stream, type AstNodeDescription, type AstReflection, type LangiumDocument, type ReferenceInfo, type Scope, type ScopeProvider, type Stream } from 'langium';
import type { AstNodeDescriptionProvider } from 'langium';
import type { CasusServices } from '../casus-module.js';
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

    constructor(services: CasusServices) {
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
        const byName = new Map<string, AstNodeDescription>();
        const root = document.parseResult.value;
        if (isCase(root)) {
            for (const element of namedElements(root)) {
                // The first of two equal names is the one that counts; the second is a `duplicate-name`.
                if (element.name && !byName.has(element.name) && this.reflection.isSubtype(element.$type, referenceType)) {
                    byName.set(element.name, this.descriptions.createDescription(element, element.name, document));
                }
            }
        }
        return new NameMapScope(byName);
    }
}

class NameMapScope implements Scope {
    constructor(private readonly byName: ReadonlyMap<string, AstNodeDescription>) { }

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.byName.get(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.byName.values());
    }
}
