import { inject, type LangiumParser, type Module } from 'langium';
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
import { CasusLexerErrorMessages } from './parser/lexer-error-messages.js';
import { CasusSyntaxErrorMessages } from './parser/syntax-error-messages.js';
import { CasusValueConverter } from './parser/casus-value-converter.js';
import { CasusTokenBuilder } from './parser/casus-token-builder.js';
import { CasusLexer } from './parser/casus-lexer.js';
import { CasusParser } from './parser/casus-parser.js';
import { CasusScopeComputation } from './references/casus-scope-computation.js';
import { CasusScopeProvider } from './references/casus-scope-provider.js';
import { CasusReferenceDescriptionProvider, CasusReferences } from './references/casus-references.js';
import { CasusLinker } from './references/casus-linker.js';
import { CasusFormatter } from './formatting/casus-formatter.js';
import { CasusDocumentValidator } from './validation/casus-document-validator.js';
import { CasusValidator, registerValidationChecks } from './validation/casus-validator.js';
import { CasusSettings } from './workspace/casus-settings.js';

/** Services added by the Casus language; each is declared here so `inject` can type-check the module. */
export type CasusAddedServices = {
    parser: {
        CasusParser: CasusParser;
    };
    validation: {
        CasusValidator: CasusValidator;
    };
    workspace: {
        CasusSettings: CasusSettings;
    };
};

export type CasusServices = LangiumServices & CasusAddedServices;

export const CasusModule: Module<CasusServices, PartialLangiumServices & CasusAddedServices> = {
    parser: {
        ValueConverter: () => new CasusValueConverter(),
        TokenBuilder: () => new CasusTokenBuilder(),
        Lexer: services => new CasusLexer(services),
        CasusParser: services => new CasusParser(services),
        // Langium types this service as its chevrotain-based class; the document factory, the formatter and the
        // configuration only call `parse`, which CasusParser provides with the same results (see its comment).
        LangiumParser: services => services.parser.CasusParser as unknown as LangiumParser,
        ParserErrorMessageProvider: services => new CasusSyntaxErrorMessages(() => {
            const settings = services.workspace.CasusSettings;
            return { messages: settings.messages, language: settings.locale };
        }),
        LexerErrorMessageProvider: services => new CasusLexerErrorMessages(() => services.workspace.CasusSettings.messages),
    },
    references: {
        ScopeComputation: services => new CasusScopeComputation(services),
        ScopeProvider: services => new CasusScopeProvider(services),
        References: services => new CasusReferences(services),
        Linker: services => new CasusLinker(services),
    },
    validation: {
        CasusValidator: services => new CasusValidator(services),
        DocumentValidator: services => new CasusDocumentValidator(services),
    },
    workspace: {
        CasusSettings: () => new CasusSettings(),
        ReferenceDescriptionProvider: services => new CasusReferenceDescriptionProvider(services),
    },
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
    const Casus = inject(createDefaultModule({ shared }), CasusGeneratedModule, CasusModule);
    shared.ServiceRegistry.register(Casus);
    registerValidationChecks(Casus);
    if (!context.connection) {
        // Without a connection nothing calls `initialize`, which normally builds the configuration provider.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Casus };
}
