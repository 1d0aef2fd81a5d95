import MarkdownIt from "markdown-it";

// No raw HTML from the Markdown: every text a person wrote is already escaped there
// (markdownText.ts), and this keeps it so even if something slipped through.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * The citizen's readable copy as one HTML file, to open in any browser and read aloud with its
 * screen reader: Danish, large type, nothing loaded from anywhere (it is a file, not a page of
 * Samplan's), so it reads the same in ten years.
 */
export function readableCaseHtml(markdownText: string, title: string): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; font-size: 1.25rem; line-height: 1.6; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 2rem; line-height: 1.25; }
h2 { margin-top: 2.5rem; border-top: 2px solid #1a5e4f; padding-top: 1rem; }
code { word-break: break-all; }
</style>
</head>
<body>
<main>
${markdown.render(markdownText)}</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
