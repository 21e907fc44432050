import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const SERVER = join(import.meta.dirname, '../../out/language/main.cjs');

/** The built language server in its own process, spoken to over JSON-RPC on stdio, as any LSP client would. */
export class LspTestClient {
    readonly connection: MessageConnection;
    private readonly process: ChildProcess;
    private readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
    private readonly waiters: Array<() => void> = [];
    /** Messages the server showed the user (window/showMessage and window/showMessageRequest). */
    readonly messages: string[] = [];

    /** `rootUri`: the workspace folder to announce, as an editor does when a folder is open. */
    static async start(locale = 'en', rootUri: string | null = null): Promise<LspTestClient> {
        if (!existsSync(SERVER)) throw new Error('The language server is not built: run `npm run build` first.');
        const client = new LspTestClient();
        await client.connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, locale });
        await client.connection.sendNotification('initialized', {});
        return client;
    }

    private constructor() {
        this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, { version: params.version, diagnostics: params.diagnostics });
            this.waiters.splice(0).forEach(wake => wake());
        });
        this.connection.onRequest('workspace/configuration', () => []);
        this.connection.onRequest('client/registerCapability', () => null);
        // A warning with actions (e.g. about casus.json) is a request: answered as if dismissed, and kept for tests.
        this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
            this.messages.push(params.message);
            return null;
        });
        this.connection.onNotification('window/showMessage', (params: { message: string }) => { this.messages.push(params.message); });
        this.connection.listen();
    }

    open(uri: string, text: string, version = 1): void {
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'casus', version, text } });
    }

    /** An incremental change, as an editor sends for a keystroke. */
    edit(uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): void {
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    change(uri: string, text: string, version: number): void {
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** The server's process id (for reading its memory from /proc). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    /** The document version of the last diagnostics published for `uri`. */
    publishedVersion(uri: string): number | undefined {
        return this.diagnostics.get(uri)?.version;
    }

    /** Waits until the server has published diagnostics for `uri` that satisfy `accept`. */
    async diagnosticsFor(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && accept(current.diagnostics)) return current.diagnostics;
            if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current)}`);
            await new Promise<void>(resolve => {
                this.waiters.push(resolve);
                setTimeout(resolve, 200);
            });
        }
    }

    async stop(): Promise<void> {
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            this.connection.dispose();
            this.process.kill();
        }
    }
}
