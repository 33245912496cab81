// Loads every page of the generated site (target/site: the user guide, the goal pages, the project reports) in
// headless Chromium at a desktop and a phone width, and fails when a page scrolls sideways or a table or code block
// is cut: wider than the page, or than a box of its own or around it that clips or scrolls. Keeps a full-page
// screenshot of each page at each width in target/site-check/ (CI keeps it as an artifact).
//
//   node .ci/site-check.cjs [SITE_DIR [OUT_DIR]]      (puppeteer-core on NODE_PATH; CHROMIUM: the browser to drive)
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const site = path.resolve(process.argv[2] || 'target/site');
const out = path.resolve(process.argv[3] || 'target/site-check');
const widths = [1280, 390];

function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(file);
    return entry.name.endsWith('.html') ? [file] : [];
  }).sort();
}

// Runs in the page: what scrolls sideways, and each table, code block or table cell whose content is cut.
function problemsInPage() {
  const found = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    found.push(`the page scrolls sideways (${root.scrollWidth}px of content in ${root.clientWidth}px)`);
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(), shown = 0; text && shown < 3; text = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      if (range.getBoundingClientRect().right > root.clientWidth + 1) {
        found.push(`  the text "${text.textContent.trim().slice(0, 60)}" runs past the right edge`);
        shown++;
      }
    }
  }
  const describe = (element) => {
    const text = (element.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return `${element.tagName.toLowerCase()} "${text}"`;
  };
  for (const element of document.querySelectorAll('table, pre, td, th')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not shown (a collapsed menu)
    if (element.scrollWidth > element.clientWidth + 1 && element.tagName !== 'TABLE') {
      found.push(`${describe(element)} is cut: ${element.scrollWidth}px of content in ${element.clientWidth}px`);
      continue;
    }
    if (box.right > root.clientWidth + 1 || box.left < -1) {
      found.push(`${describe(element)} runs off the page (${Math.round(box.left)}px to ${Math.round(box.right)}px of ${root.clientWidth}px)`);
      continue;
    }
    for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const around = parent.getBoundingClientRect();
      if (box.right > around.right + 1 || box.left < around.left - 1) {
        found.push(`${describe(element)} is cut by the ${parent.tagName.toLowerCase()} around it`);
        break;
      }
    }
  }
  return found;
}

(async () => {
  const files = pages(site);
  if (files.length === 0) throw new Error(`no pages in ${site}: run ./mvnw site first`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars'],
  });
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage();
    // the site is read from disk: a request for anything that is not a file of it (a web font, a badge) is refused
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith('file:') ? request.continue() : request.abort()));
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      for (const file of files) {
        const name = path.relative(site, file);
        await page.goto('file://' + file, { waitUntil: 'load' });
        const problems = await page.evaluate(problemsInPage);
        const shot = path.join(out, `${width}px`, name.replace(/\.html$/, '.png'));
        fs.mkdirSync(path.dirname(shot), { recursive: true });
        await page.screenshot({ path: shot, fullPage: true });
        if (problems.length === 0) {
          passed++;
        } else {
          failed++;
          console.log(`FAIL ${name} at ${width}px:\n  ${problems.join('\n  ')}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`Site check: ${files.length} pages at ${widths.join(' and ')}px; screenshots in ${path.relative(process.cwd(), out)}/`);
  console.log(`site-check: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
