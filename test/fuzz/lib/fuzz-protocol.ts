import type { CheckStats } from './properties.js';

export interface WorkerRequest {
    id: number;
    text: string;
    offsets: readonly number[];
}

export type WorkerReply =
    | { id: number; ok: true; stats: CheckStats }
    | { id: number; ok: false; kind: 'property' | 'crash'; error: string };
