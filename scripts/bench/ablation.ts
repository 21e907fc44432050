/**
 * What each optimisation buys: the build of one generated case with all of
 * them, and with one at a time put back to Langium's default, interleaved in
 * one process so that machine load affects every variant alike.
 */
import {
    createLangiumParser, DefaultLexer, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultReferences, DefaultScopeComputation,
    DefaultScopeProvider, EmptyFileSystem, inject, URI, type AstNode, type LangiumDocument, type Module, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import { createDefaultModule, createDefaultSharedModule, type LangiumServices, type PartialLangiumServices } from 'langium/lsp';
import { performance } from 'node:perf_hooks';
import { CasusModule, type CasusServices } from '../../src/language/casus-module.js';
import { CasusGeneratedModule, CasusGeneratedSharedModule } from '../../src/language/generated/module.js';
import { CasusDocumentValidator } from '../../src/language/validation/casus-document-validator.js';
import { createLinearLangiumParser } from '../../src/language/parser/linear-hidden-nodes.js';
import { registerValidationChecks } from '../../src/language/validation/casus-validator.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';
import { generateCase } from '../../test/helpers/generate-case.js';

/** The document validator with Langium's walk over every node put back. */
class WalkingDocumentValidator extends CasusDocumentValidator {
    protected override validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor): Promise<void> {
        return Object.getPrototypeOf(CasusDocumentValidator.prototype).validateAstNodes.call(this, rootNode, options, acceptor);
    }
}

type Reverts = Module<CasusServices, PartialLangiumServices>;
export const VARIANTS: Array<[string, Reverts]> = [
    ['all optimisations', {}],
    ['chevrotain lexer instead of the hand-written one', { parser: { Lexer: services => new DefaultLexer(services) } }],
    ["Langium's (chevrotain) parser for every text, not only for texts with errors", { parser: { LangiumParser: services => createLinearLangiumParser(services) } }],
    ["Langium's parser as it comes (hidden-node insertion per token, quadratic in long sections)", { parser: { LangiumParser: services => createLangiumParser(services) } }],
    ["Langium's scoping and symbol computation", { references: { ScopeProvider: services => new DefaultScopeProvider(services), ScopeComputation: services => new DefaultScopeComputation(services) } }],
    ["Langium's linker (walks every node)", { references: { Linker: services => new DefaultLinker(services) } }],
    ['reference index rebuilt on every change', { references: { References: services => new DefaultReferences(services) }, workspace: { ReferenceDescriptionProvider: services => new DefaultReferenceDescriptionProvider(services) } }],
    ['validation walking every node', { validation: { DocumentValidator: services => new WalkingDocumentValidator(services) } }],
];

function servicesWith(reverts: Reverts) {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), CasusGeneratedSharedModule);
    const Casus = inject(createDefaultModule({ shared }), CasusGeneratedModule, CasusModule, reverts as Module<LangiumServices & CasusServices>) as CasusServices;
    shared.ServiceRegistry.register(Casus);
    registerValidationChecks(Casus);
    shared.workspace.ConfigurationProvider.initialized({});
    return shared;
}

export async function ablation(lines: number, rounds: number): Promise<Array<{ variant: string; median: number }>> {
    const { text } = generateCase(lines);
    const variants = VARIANTS.map(([variant, reverts]) => ({ variant, shared: servicesWith(reverts), samples: [] as number[] }));
    let n = 0;
    for (let round = 0; round < rounds + 1; round++) {
        for (const v of variants) {
            const start = performance.now();
            const [document] = await buildCaseDocuments(v.shared, [{ uri: URI.file(`/ablation/${n++}.casus`), text }]);
            if (round > 0) v.samples.push(performance.now() - start);
            v.shared.workspace.LangiumDocuments.deleteDocument((document as LangiumDocument).uri);
        }
    }
    return variants.map(v => ({ variant: v.variant, median: [...v.samples].sort((a, b) => a - b)[Math.floor(v.samples.length / 2)] }));
}
