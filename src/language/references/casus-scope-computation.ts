import { DefaultScopeComputation, EMPTY_STREAM, type AstNodeDescription, type LocalSymbols } from 'langium';

const NO_LOCAL_SYMBOLS: LocalSymbols = { has: () => false, getStream: () => EMPTY_STREAM };

/**
 * Names are never visible outside their own case, and CasusScopeProvider
 * resolves them from the AST directly, so neither exported nor local symbols
 * need to be computed on every change.
 */
export class CasusScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return NO_LOCAL_SYMBOLS;
    }
}
