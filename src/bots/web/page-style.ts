/** The page's styles: readable at 375 px, contrast of at least 4.5:1 for text, a visible focus ring. */
export const PAGE_STYLE = `
  :root { color-scheme: light; --ink: #1b1f24; --muted: #4a5562; --accent: #0b5cad; --accent-dark: #084785; --bg: #f6f8fa; --line: #b6c0cb; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
  main { max-width: 46rem; margin: 0 auto; padding: 1rem; display: flex; flex-direction: column; min-height: 100vh; }
  .languages { display: flex; flex-wrap: wrap; gap: .25rem .75rem; justify-content: flex-end; font-size: .9rem; margin-bottom: .25rem; }
  .languages a { color: var(--accent-dark); padding: .35rem .1rem; min-height: 44px; display: inline-flex; align-items: center; }
  .languages a[aria-current] { color: var(--ink); font-weight: 600; text-decoration: none; }
  h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
  .context { margin: 0 0 .5rem; padding: .5rem .75rem; border-radius: .4rem; background: #e7eef7; color: var(--ink); font-size: .95rem; }
  .status { color: var(--muted); font-size: .95rem; margin: 0 0 .5rem; min-height: 1.5em; }
  .status.ended { color: #14532d; font-weight: 600; }
  .alert { color: #8a1c1c; margin: 0 0 .5rem; min-height: 0; }
  .alert:empty { display: none; }
  #log { flex: 1; list-style: none; padding: 0; margin: 0 0 1rem; }
  #log li { margin: .5rem 0; padding: .75rem 1rem; border-radius: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  #log li.bot { background: #fff; border: 1px solid var(--line); margin-right: 8%; }
  #log li.user { background: #dbeafe; margin-left: 15%; }
  #log li.follow-up { border-left: 4px solid var(--accent); }
  #log li.bot.more { margin-top: -.35rem; }
  #log li.forward pre { white-space: pre-wrap; font: inherit; background: #f1f5f9; border-left: 3px solid var(--accent); padding: .5rem .75rem; margin: .5rem 0 0; user-select: all; }
  #log a { color: var(--accent-dark); }
  .who { position: absolute; left: -9999px; }
  .follow-up-tag { display: block; font-size: .8rem; font-weight: 600; color: var(--accent-dark); text-transform: uppercase; letter-spacing: .03em; }
  .sr { position: absolute; left: -9999px; }
  #choices { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .75rem; }
  #choices:empty { display: none; }
  button, .button { font: inherit; padding: .55rem .9rem; min-height: 44px; border-radius: .4rem; border: 1px solid var(--accent); background: #fff; color: var(--accent-dark); cursor: pointer; text-align: left; text-decoration: none; display: inline-block; }
  button.exit { border-color: var(--muted); color: var(--muted); }
  button.feedback { border-style: dashed; }
  #choices form.comment { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; width: 100%; }
  #choices form.comment input { flex: 1 1 14rem; }
  button:hover, .button:hover { background: var(--accent); color: #fff; }
  button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
  button[type=submit] { background: var(--accent); color: #fff; }
  form { display: flex; gap: .5rem; padding: .25rem 0 .5rem; }
  input { flex: 1; font: inherit; padding: .5rem; border: 1px solid var(--muted); border-radius: .4rem; min-width: 0; min-height: 44px; }
  .code { font: 600 1.25rem/1.4 ui-monospace, Menlo, Consolas, monospace; background: #fff; border: 1px solid var(--line); padding: .5rem .75rem; border-radius: .4rem; display: inline-block; }
  @media (max-width: 480px) { main { padding: .75rem; } #log li.user { margin-left: 8%; } #log li.bot { margin-right: 0; } }
`;
