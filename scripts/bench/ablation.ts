/**
 * What each optimisation buys: the build of one generated case with all of
 * them, and with one at a time put back to Langium's default.
 */
import {
    createLangiumParser, DefaultLexer, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultReferences, DefaultScopeComputation,
    DefaultScopeProvider, EmptyFileSystem, inject, URI, type AstNode, type LangiumDocument, type Module, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import { createDefaultModule, createDefaultSharedModule, type LangiumServices, type PartialLangiumServices } from 'langium/lsp';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { CasusLspModule, type CasusServices } from '../../src/language/casus-module.js';
import { CasusCoreModule } from '../../src/language/casus-core-module.js';
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
    const Casus = inject(createDefaultModule({ shared }), CasusGeneratedModule, CasusCoreModule, CasusLspModule, reverts as Module<LangiumServices & CasusServices>) as CasusServices;
    shared.ServiceRegistry.register(Casus);
    registerValidationChecks(Casus);
    shared.workspace.ConfigurationProvider.initialized({});
    return shared;
}

/** Builds before measuring: enough for the JIT to settle on a 10k-line case. */
const WARM_UP = 10;

/** The median build time of one variant, measured in this process after warm-up; each document is dropped (untimed) after its build. */
export async function measureVariant(index: number, lines: number, runs: number): Promise<number> {
    const { text } = generateCase(lines);
    const shared = servicesWith(VARIANTS[index][1]);
    const samples: number[] = [];
    for (let run = -WARM_UP; run < runs; run++) {
        const start = performance.now();
        const [document] = await buildCaseDocuments(shared, [{ uri: URI.file(`/ablation/${run + WARM_UP}.casus`), text }]);
        if (run >= 0) samples.push(performance.now() - start);
        shared.workspace.LangiumDocuments.deleteDocument((document as LangiumDocument).uri);
    }
    return median(samples);
}

/**
 * Each variant in a process of its own, rounds interleaved so that machine
 * load affects every variant alike. In one process the variants disturbed each
 * other: the garbage of the slow ones was collected during the fast ones, and
 * code they share was compiled for all of them at once.
 */
export function ablation(lines: number, rounds: number, worker: string): Array<{ variant: string; median: number }> {
    const medians = VARIANTS.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
        VARIANTS.forEach((_, index) => {
            const result = spawnSync(process.execPath, [worker, String(index), String(lines), '7'], { encoding: 'utf8' });
            if (result.status !== 0) throw new Error(`ablation variant ${index}: ${result.stderr}`);
            medians[index].push(JSON.parse(result.stdout).median as number);
        });
    }
    return VARIANTS.map(([variant], index) => ({ variant, median: median(medians[index]) }));
}

function median(samples: number[]): number {
    return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}
