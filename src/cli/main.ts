import '../language/polyfills.js';
import { parseArgs } from 'node:util';
import { localeFromEnvironment, type Locale } from '../language/i18n/locale.js';
import type { CheckFormat, CommandOutcome } from './check-command.js';
import { ConfigurationError, UsageError } from './cli-errors.js';
import { cliMessagesFor, type CliMessages } from './cli-messages.js';
import { configuredRules } from './configured-rules.js';

declare const CASUS_VERSION: string | undefined; // set by the bundler from package.json

/** The `casus` command line. Returns the exit code; never throws for a user's mistake. */
export async function main(argv: readonly string[], env: Record<string, string | undefined> = process.env): Promise<number> {
    const [command, ...rest] = argv;
    let locale = localeFromEnvironment(env);
    try {
        locale = languageOption(rest) ?? locale;
        const cli = cliMessagesFor(locale);
        let outcome: CommandOutcome;
        switch (command) {
            case 'check': outcome = await check(rest, locale, cli); break;
            case 'render': return await render(rest, locale);
            case 'format': outcome = await format(rest, locale, cli); break;
            case 'report': outcome = await report(rest, locale, cli); break;
            case undefined: case 'help': case '--help': case '-h':
                process.stdout.write(cli.usage + '\n');
                return command === undefined ? 2 : 0;
            case '--version': case '-v':
                process.stdout.write(version() + '\n');
                return 0;
            default:
                throw new UsageError(cli.unknownCommand(command));
        }
        process.stdout.write(outcome.stdout);
        process.stderr.write(outcome.stderr);
        return outcome.exitCode;
    } catch (error) {
        if (error instanceof ConfigurationError) {
            process.stderr.write(`${error.message}\n`);
            return 2;
        }
        if (error instanceof UsageError) {
            process.stderr.write(`${error.message}\n\n${cliMessagesFor(locale).usage}\n`);
            return 2;
        }
        throw error;
    }
}

async function check(args: string[], locale: Locale, cli: CliMessages): Promise<CommandOutcome> {
    const { values, positionals } = guarded(cli, () => parseArgs({
        args,
        options: {
            format: { type: 'string', default: 'text' },
            'max-warnings': { type: 'string' },
            rule: { type: 'string', multiple: true, default: [] },
            lang: { type: 'string' },
        },
        allowPositionals: true,
        strict: true,
    }));
    const { CHECK_FORMATS, runCheck } = await import('./check-command.js');
    const format = String(values.format);
    if (!(CHECK_FORMATS as readonly string[]).includes(format)) throw new UsageError(cli.badFormat(format, CHECK_FORMATS));
    if (positionals.length === 0) throw new UsageError(cli.missingPaths('check'));
    return runCheck({
        paths: positionals,
        format: format as CheckFormat,
        maxWarnings: maxWarnings(values['max-warnings'], cli),
        rules: await configuredRules(values.rule, locale),
        locale,
        version: version(),
    });
}

async function format(args: string[], locale: Locale, cli: CliMessages): Promise<CommandOutcome> {
    const { values, positionals } = guarded(cli, () => parseArgs({
        args,
        options: { check: { type: 'boolean', default: false }, lang: { type: 'string' } },
        allowPositionals: true,
        strict: true,
    }));
    if (positionals.length === 0) throw new UsageError(cli.missingPaths('format'));
    const { runFormat } = await import('./format-command.js');
    return runFormat({ paths: positionals, check: values.check === true, locale });
}

async function report(args: string[], locale: Locale, cli: CliMessages): Promise<CommandOutcome> {
    const { values, positionals } = guarded(cli, () => parseArgs({
        args,
        options: { format: { type: 'string', default: 'markdown' }, base: { type: 'string' }, rule: { type: 'string', multiple: true, default: [] }, lang: { type: 'string' } },
        allowPositionals: true,
        strict: true,
    }));
    if (values.format !== 'markdown') throw new UsageError(cli.badFormat(String(values.format), ['markdown']));
    if (positionals.length === 0) throw new UsageError(cli.missingPaths('report'));
    const { runReport } = await import('./report-command.js');
    return runReport({ paths: positionals, base: values.base, locale, rules: await configuredRules(values.rule, locale) });
}

/** `casus render` parses its own options (render-command.ts); a PNG without -o goes to stdout as bytes. */
async function render(args: string[], locale: Locale): Promise<number> {
    const { runRender } = await import('./render-command.js');
    const outcome = await runRender(args, locale, rules => configuredRules(rules, locale));
    if (outcome.stdoutBytes) process.stdout.write(outcome.stdoutBytes);
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    return outcome.exitCode;
}

/** Node's argument parser throws on unknown options; that is a usage error. */
function guarded<T>(cli: CliMessages, parseArguments: () => T): T {
    try {
        return parseArguments();
    } catch (error) {
        throw new UsageError(cli.badOption(error instanceof Error ? error.message : String(error)));
    }
}

/** `--lang` is read before anything else, so that even a usage error is in the chosen language. */
function languageOption(args: readonly string[]): Locale | undefined {
    const index = args.findIndex(a => a === '--lang' || a.startsWith('--lang='));
    if (index < 0) return undefined;
    const value = args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
    if (value === 'nl' || value === 'en') return value;
    throw new UsageError(cliMessagesFor('en').badLang(value ?? ''));
}

function maxWarnings(value: string | undefined, cli: CliMessages): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(cli.badMaxWarnings(value));
    return Number(value);
}

function version(): string {
    return typeof CASUS_VERSION === 'string' ? CASUS_VERSION : '0.0.0-dev';
}
