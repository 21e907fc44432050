import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_MODEL_NOTIFICATION, type CaseModelParams } from '../../src/protocol.js';
import { LspTestClient } from '../server/lsp-client.js';

/** The built language server, over JSON-RPC: after each build of an open document it announces the case model. */
describe('casus/caseModel notifications from the language server', () => {
    let client: LspTestClient;
    const received: CaseModelParams[] = [];

    beforeAll(async () => {
        client = await LspTestClient.start();
        client.connection.onNotification(CASE_MODEL_NOTIFICATION, (params: CaseModelParams) => { received.push(params); });
    }, 30_000);
    afterAll(async () => { await client?.stop(); });

    async function next(uri: string, version: number): Promise<CaseModelParams> {
        await expect.poll(() => received.find(p => p.uri === uri && p.version === version), { timeout: 20_000, interval: 50 }).toBeTruthy();
        return received.find(p => p.uri === uri && p.version === version)!;
    }

    it('sends the model after opening, marks a text that does not parse, and sends the model again once it parses', async () => {
        const uri = 'file:///notify/case.casus';
        const good = 'casus "Melding" {\n  ik Analist { belang "Rust" }\n  organisatie {\n    actor Team { belang "Tijd" }\n  }\n}\n';
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
});
