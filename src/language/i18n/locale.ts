export type Locale = 'nl' | 'en';

/** Dutch for any Dutch display language (`nl`, `nl-BE`, `nl_NL.UTF-8`), English otherwise. */
export function toLocale(value: string | undefined | null): Locale {
    return value && /^nl(?:[-_.]|$)/i.test(value.trim()) ? 'nl' : 'en';
}

/** The locale of a command-line process: LC_ALL, LC_MESSAGES, LANG, LANGUAGE, in POSIX order of precedence. */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
    const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE?.split(':')[0];
    return toLocale(value);
}
