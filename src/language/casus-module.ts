import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { CasusGeneratedModule, CasusGeneratedSharedModule } from './generated/module.js';
import { CasusCompletionProvider } from './lsp/casus-completion-provider.js';
import { CasusHoverProvider } from './lsp/casus-hover-provider.js';
import { CasusCodeActionProvider } from './lsp/code-actions/casus-code-action-provider.js';
import { CasusDocumentSymbolProvider } from './lsp/casus-document-symbol-provider.js';
import { CasusFoldingRangeProvider } from './lsp/casus-folding-range-provider.js';
import { CasusRenameProvider } from './lsp/casus-rename-provider.js';
import { CasusSemanticTokenProvider } from './lsp/casus-semantic-token-provider.js';
import { CasusFormatter } from './formatting/casus-formatter.js';
import { CasusCoreModule, registerCasusServices, type CasusAddedServices } from './casus-core-module.js';

export type { CasusAddedServices } from './casus-core-module.js';

export type CasusServices = LangiumServices & CasusAddedServices;

/** The editor features of the language server; the rest of the Casus services is CasusCoreModule. */
export const CasusLspModule: Module<CasusServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new CasusCompletionProvider(services),
        HoverProvider: services => new CasusHoverProvider(services),
        CodeActionProvider: services => new CasusCodeActionProvider(services),
        DocumentSymbolProvider: services => new CasusDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new CasusFoldingRangeProvider(services),
        RenameProvider: services => new CasusRenameProvider(services),
        SemanticTokenProvider: services => new CasusSemanticTokenProvider(services),
        Formatter: services => new CasusFormatter(services),
    },
};

/**
 * The shared and the language-specific services of Casus, wired as Langium's
 * generator lays them out. `context` decides the file system: Node's for the
 * server and the CLI, none (EmptyFileSystem) for tests and the browser.
 */
export function createCasusServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Casus: CasusServices } {
    const shared = inject(createDefaultSharedModule(context), CasusGeneratedSharedModule);
    const Casus = inject(createDefaultModule({ shared }), CasusGeneratedModule, CasusCoreModule, CasusLspModule);
    registerCasusServices(shared, Casus, Boolean(context.connection));
    return { shared, Casus };
}
