/** A user's text as Markdown that shows literally: no emphasis, links or HTML from what the analyst typed; one line. */
export function escapeMarkdown(text: string): string {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
