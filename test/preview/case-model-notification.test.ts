import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseModelNotification, onNotification, sendNotification, WatchCaseModelsNotification, type CaseModelParams } from '../../src/protocol.js';
import { LspTestClient } from '../server/lsp-client.js';

/** The built language server, over JSON-RPC: after each build of an open document it announces the case model. */
describe('casus/caseModel notifications from the language server', () => {
    let client: LspTestClient;
    const received: CaseModelParams[] = [];

    beforeAll(async () => {
        client = await LspTestClient.start();
        onNotification(client.connection, CaseModelNotification, (params: CaseModelParams) => { received.push(params); });
    }, 30_000);
    afterAll(async () => { await client?.stop(); });

    async function next(uri: string, version: number): Promise<CaseModelParams> {
        await expect.poll(() => received.find(p => p.uri === uri && p.version === version), { timeout: 20_000, interval: 50 }).toBeTruthy();
        return received.find(p => p.uri === uri && p.version === version)!;
    }

    it('sends the model after opening, marks a text that does not parse, and sends the model again once it parses', async () => {
        const uri = 'file:///notify/case.casus';
        const good = 'casus "Melding" {\n  ik Analist { belang "Rust" }\n  organisatie {\n    actor Team { belang "Tijd" }\n  }\n}\n';
        await sendNotification(client.connection, WatchCaseModelsNotification, { uris: [uri] });
        client.open(uri, good, 1);
        const first = await next(uri, 1);
        expect(first.parsed).toBe(true);
        expect(first.model?.title).toBe('Melding');
        expect(first.model?.quadrants.organisatie.members.map(m => m.name)).toEqual(['Team']);
        expect(first.model?.findings.map(f => f.code)).toContain('missing-vision');

        client.change(uri, good.replace('belang "Tijd" }', 'belang "Tijd"'), 2);
        const broken = await next(uri, 2);
        expect(broken.parsed).toBe(false);
        expect(broken.model).toBeUndefined();

        client.change(uri, good.replace('Team', 'Wijkteam'), 3);
        const fixed = await next(uri, 3);
        expect(fixed.parsed).toBe(true);
        expect(fixed.model?.quadrants.organisatie.members.map(m => m.name)).toEqual(['Wijkteam']);
    });

    it('sends nothing for a document no preview watches, and the model at once when one starts watching', async () => {
        const uri = 'file:///notify/unwatched.casus';
        const text = 'casus "Stil" {\n  ik Analist { belang "Rust" visie "Eigen" }\n}\n';
        await sendNotification(client.connection, WatchCaseModelsNotification, { uris: [] });
        client.open(uri, text, 1);
        await client.diagnosticsFor(uri); // built and validated
        client.change(uri, text.replace('Rust', 'Tijd'), 2);
        await client.diagnosticsFor(uri, d => d.length >= 0);
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(received.filter(p => p.uri === uri)).toEqual([]);
        await sendNotification(client.connection, WatchCaseModelsNotification, { uris: [uri] });
        const sent = await next(uri, 2);
        expect(sent.model?.ik?.interests[0].text).toBe('Tijd');
    });
});
