import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, ErrorCodes, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import type { CasusServices } from '../casus-module.js';
import { isCase } from '../generated/ast.js';
import { namedElements } from '../validation/case-elements.js';
import type { CasusSettings } from '../workspace/casus-settings.js';
import { lspMessagesFor } from './lsp-messages.js';
import { nameProblem } from './names.js';

/**
 * Langium's rename (the declaration and every reference found through the
 * index) that refuses a new name that would not parse as a name, or that is
 * already taken in the case: both would silently change what the case says.
 */
export class CasusRenameProvider extends DefaultRenameProvider {
    private readonly settings: CasusSettings;

    constructor(services: CasusServices) {
        super(services);
        this.settings = services.workspace.CasusSettings;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const messages = lspMessagesFor(this.settings.locale);
        const newName = params.newName;
        const problem = nameProblem(newName);
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem === 'keyword' ? messages.renameIsKeyword(newName) : messages.renameNotAName(newName));
        }
        const current = this.currentName(document, params);
        const root = document.parseResult.value;
        if (current !== undefined && newName !== current && isCase(root) && [...namedElements(root)].some(e => e.name === newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, messages.renameTaken(newName));
        }
        return super.rename(document, params, cancelToken);
    }

    private currentName(document: LangiumDocument, params: RenameParams): string | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const target = leaf && this.references.findDeclarations(leaf)[0];
        return target && AstUtils.getDocument(target) === document ? this.nameProvider.getName(target) : undefined;
    }
}
