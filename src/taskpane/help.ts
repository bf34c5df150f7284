/** The help page, served beside the pane's own page (dist/help.html, from src/help.html). */
export const HELP_PAGE = 'help.html';
