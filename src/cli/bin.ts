import { main } from './main.js';

// Exit only after stdout has drained: a piped report must arrive whole.
main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    error => {
        process.stderr.write(`casus: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
    },
);
