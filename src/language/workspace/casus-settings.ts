import { DefaultSeverity, type DiagnosticCode, type SeverityOverride } from '../validation/diagnostic-codes.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The user's choices that shape findings: message language and per-code
 * severity. Set by the language server (client locale, editor settings,
 * `casus.json`) and by the CLI (`--lang`, `--rule`), read by the validator.
 */
export class CasusSettings {
    private currentLocale: Locale = 'en';
    private overrides = new Map<DiagnosticCode, SeverityOverride>();

    get locale(): Locale {
        return this.currentLocale;
    }

    set locale(locale: Locale) {
        this.currentLocale = locale;
    }

    get messages(): Messages {
        return messagesFor(this.currentLocale);
    }

    /** Replaces all overrides; codes not named fall back to their default severity. */
    setSeverityOverrides(overrides: Partial<Record<DiagnosticCode, SeverityOverride>>): void {
        this.overrides = new Map(Object.entries(overrides) as Array<[DiagnosticCode, SeverityOverride]>);
    }

    severityOf(code: DiagnosticCode): SeverityOverride {
        return this.overrides.get(code) ?? DefaultSeverity[code];
    }
}
