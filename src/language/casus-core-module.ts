import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumParser, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import { CasusGeneratedModule, CasusGeneratedSharedModule } from './generated/module.js';
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

/** What checking a case needs: parsing, linking, validation, settings. The editor features are in casus-module.ts. */
export type CasusCoreServices = LangiumCoreServices & CasusAddedServices;

export const CasusCoreModule: Module<CasusCoreServices, PartialLangiumCoreServices & CasusAddedServices> = {
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
};

/**
 * The Casus services without the editor features, for `casus check`, `render`
 * and `report`: the same parser, linker and validator as the language server,
 * without loading the language-server libraries (a shorter start for the CLI).
 */
export function createCasusCoreServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; Casus: CasusCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), CasusGeneratedSharedModule);
    const Casus = inject(createDefaultCoreModule({ shared }), CasusGeneratedModule, CasusCoreModule);
    registerCasusServices(shared, Casus, false);
    return { shared, Casus };
}

/** What both service sets need once they are made. */
export function registerCasusServices(shared: LangiumSharedCoreServices, Casus: CasusCoreServices, connected: boolean): void {
    shared.ServiceRegistry.register(Casus);
    registerValidationChecks(Casus);
    if (!connected) {
        // Without a connection nothing calls `initialize`, which normally builds the configuration provider.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
}
