import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Messages } from '../i18n/messages.js';
import { DefaultSeverity, type DiagnosticCode } from './diagnostic-codes.js';

/**
 * What every rule gets: the message catalogue of the current locale and one
 * way to report a finding. The default severity comes from the code; user
 * overrides and `casus-ignore` comments are applied later, in one place
 * (CasusDocumentValidator), for every code alike.
 */
export interface FindingReporter {
    readonly messages: Messages;
    atProperty<N extends AstNode>(code: DiagnosticCode, node: N, property: Properties<N>, message: string): void;
    atRange(code: DiagnosticCode, node: AstNode, range: Range, message: string): void;
}

export function createFindingReporter(accept: ValidationAcceptor, messages: Messages): FindingReporter {
    return {
        messages,
        atProperty(code, node, property, message) {
            accept(DefaultSeverity[code], message, { node, property, code, data: { code } });
        },
        atRange(code, node, range, message) {
            accept(DefaultSeverity[code], message, { node, range, code, data: { code } });
        },
    };
}
