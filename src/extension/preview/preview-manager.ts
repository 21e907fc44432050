import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PREVIEW_VIEW_TYPE, type PreviewState } from '../../protocol.js';
import { CaseModelStore } from './case-model-store.js';
import { CasePreview, previewResourceRoots } from './case-preview.js';

/**
 * The preview's host side: the commands, the panel (one, following the active
 * `.casus` editor like the Markdown preview), the cursor link, the serializer
 * that brings the panel back after a window reload, and the exports.
 */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    const models = new CaseModelStore(client);
    const manager = new PreviewManager(context.extensionUri, models);
    context.subscriptions.push(
        models,
        manager,
        vscode.commands.registerCommand('casus.preview.open', (uri?: vscode.Uri) => manager.open(uri, false)),
        vscode.commands.registerCommand('casus.preview.openToSide', (uri?: vscode.Uri) => manager.open(uri, true)),
        vscode.commands.registerCommand('casus.preview.exportSvg', () => manager.export('svg')),
        vscode.commands.registerCommand('casus.preview.exportPng', () => manager.export('png')),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => manager.restore(panel, state),
        }),
        vscode.window.onDidChangeActiveTextEditor(editor => manager.follow(editor)),
        vscode.window.onDidChangeTextEditorSelection(event => manager.cursorMoved(event.textEditor)),
    );
}

class PreviewManager implements vscode.Disposable {
    private preview: CasePreview | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly models: CaseModelStore) { }

    async open(resource: vscode.Uri | undefined, toSide: boolean): Promise<void> {
        const uri = resource ?? activeCaseUri() ?? this.preview?.resource;
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .casus file to see its diagram.'));
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
        if (this.preview) {
            this.preview.show(uri);
            this.preview.panel.reveal(toSide ? this.preview.panel.viewColumn : column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Casus Preview'), { viewColumn: column, preserveFocus: toSide }, {
            enableScripts: true,
            retainContextWhenHidden: false,
            localResourceRoots: previewResourceRoots(this.extensionUri), // restricted from the start, not only once the preview adopts the panel
        });
        this.adopt(new CasePreview(panel, uri, this.extensionUri, this.models));
    }

    restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): void {
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : activeCaseUri();
        if (!uri || this.preview) {
            panel.dispose(); // nothing to show, or a second restored panel: one preview follows the editor
            return;
        }
        this.adopt(new CasePreview(panel, uri, this.extensionUri, this.models));
    }

    follow(editor: vscode.TextEditor | undefined): void {
        if (editor?.document.languageId !== 'casus' || !this.preview) return;
        this.preview.show(editor.document.uri);
        this.cursorMoved(editor);
    }

    cursorMoved(editor: vscode.TextEditor): void {
        if (this.preview && editor.document.uri.toString() === this.preview.resource.toString()) {
            this.preview.highlight(editor.selection.active);
        }
    }

    async export(format: 'svg' | 'png'): Promise<void> {
        if (!this.preview) await this.open(undefined, true);
        const preview = this.preview;
        const svg = preview?.standaloneSvg();
        if (!preview || !svg) {
            void vscode.window.showWarningMessage(vscode.l10n.t('There is no diagram to export yet: the case has not been read without syntax errors.'));
            return;
        }
        const base = preview.resource.path.replace(/\.casus$/i, '');
        const target = await vscode.window.showSaveDialog({
            defaultUri: preview.resource.with({ path: `${base}.${format}` }),
            filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
            title: format === 'svg' ? vscode.l10n.t('Export Diagram as SVG') : vscode.l10n.t('Export Diagram as PNG'),
        });
        if (!target) return;
        try {
            const bytes = format === 'svg' ? new TextEncoder().encode(svg + '\n') : await preview.rasterize(svg);
            await vscode.workspace.fs.writeFile(target, bytes);
            void vscode.window.showInformationMessage(vscode.l10n.t('Diagram saved as {0}.', target.fsPath || target.toString()));
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the diagram: {0}', error instanceof Error ? error.message : String(error)));
        }
    }

    private adopt(preview: CasePreview): void {
        this.preview = preview;
        preview.onDidClose(() => { if (this.preview === preview) this.preview = undefined; });
        const editor = vscode.window.activeTextEditor;
        if (editor) this.cursorMoved(editor);
    }

    dispose(): void {
        this.preview?.dispose();
    }
}

function activeCaseUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'casus' ? editor.document.uri : undefined;
}
