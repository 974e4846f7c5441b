// Renders every processes/*.bpmn to docs/diagrams/<name>.png for the README.
//
// Re-run after changing a diagram (from the repository root):
//
//   sudo apt-get install -y --no-install-recommends chromium fonts-liberation2
//   npm ci --prefix docs
//   node docs/render-diagrams.mjs
//
// Each diagram is loaded into the bpmn-js NavigatedViewer (docs/node_modules/bpmn-js/dist)
// inside headless Chromium from the Debian package (/usr/bin/chromium; no browser is
// downloaded), zoomed to fit and screenshotted on white, about 1600 px wide.
// fonts-liberation2 gives Chromium an Arial-metric font (Liberation Sans, with Cyrillic),
// the metrics bpmn-js and Camunda Modeler lay labels out for; without it Chromium falls back
// to the wider DejaVu Sans and long Russian names break mid-word inside the task boxes.
// Options: CHROMIUM=/path/to/chromium, DIAGRAM_WIDTH=1600, or file names as arguments
// (node docs/render-diagrams.mjs processes/work-plan-approval.bpmn).

import { mkdtemp, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const docsDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.resolve(docsDir, '..');
const processesDir = path.join(rootDir, 'processes');
const outDir = path.join(docsDir, 'diagrams');
const bpmnJsDist = path.join(docsDir, 'node_modules', 'bpmn-js', 'dist');

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const targetWidth = Number(process.env.DIAGRAM_WIDTH || 1600);
const padding = 24; // white margin around the diagram, in screen pixels

async function bpmnFiles() {
  const args = process.argv.slice(2);
  if (args.length > 0) {
    return args.map((f) => path.resolve(f));
  }
  const names = (await readdir(processesDir)).filter((f) => f.endsWith('.bpmn')).sort();
  return names.map((f) => path.join(processesDir, f));
}

async function viewerPage() {
  const script = await readFile(path.join(bpmnJsDist, 'bpmn-navigated-viewer.production.min.js'), 'utf8');
  const assets = path.join(bpmnJsDist, 'assets');
  const cssFiles = (await readdir(assets)).filter((f) => f.endsWith('.css')).sort();
  const css = (await Promise.all(cssFiles.map((f) => readFile(path.join(assets, f), 'utf8')))).join('\n');
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<style>${css}</style>
<style>
  html, body { margin: 0; padding: 0; background: #fff; overflow: hidden; }
  #canvas { width: ${targetWidth}px; height: 900px; background: #fff; }
</style>
</head>
<body>
<div id="canvas"></div>
<script>${script}</script>
</body>
</html>`;
}

async function render(page, file) {
  const xml = await readFile(file, 'utf8');
  const result = await page.evaluate(async (xml, targetWidth, padding) => {
    const container = document.getElementById('canvas');
    if (window.viewer) {
      window.viewer.destroy();
    }
    const viewer = new BpmnJS({ container });
    window.viewer = viewer;
    const { warnings } = await viewer.importXML(xml);
    const canvas = viewer.get('canvas');

    // Size the container to the diagram's aspect ratio, then fit the diagram into it.
    canvas.zoom(1);
    const inner = canvas.viewbox().inner;
    const scale = (targetWidth - 2 * padding) / inner.width;
    const height = Math.ceil(inner.height * scale + 2 * padding);
    container.style.height = height + 'px';
    canvas.resized();
    canvas.viewbox({
      x: inner.x - padding / scale,
      y: inner.y - padding / scale,
      width: targetWidth / scale,
      height: height / scale
    });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { warnings: warnings.map((w) => String(w.message || w)), height, scale };
  }, xml, targetWidth, padding);

  for (const w of result.warnings) {
    console.warn(`  import warning: ${w}`);
  }
  await page.setViewport({ width: targetWidth, height: result.height, deviceScaleFactor: 1 });
  const name = path.basename(file, '.bpmn');
  const out = path.join(outDir, `${name}.png`);
  const element = await page.$('#canvas');
  await element.screenshot({ path: out, omitBackground: false });
  console.log(`${path.relative(rootDir, file)} -> ${path.relative(rootDir, out)} ` +
    `(${targetWidth}x${result.height}, zoom ${result.scale.toFixed(2)})`);
}

async function main() {
  await stat(chromiumPath).catch(() => {
    throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  });
  await stat(bpmnJsDist).catch(() => {
    throw new Error('bpmn-js is not installed: run npm ci --prefix docs');
  });
  const files = await bpmnFiles();
  if (files.length === 0) {
    console.log('No processes/*.bpmn files');
    return;
  }
  await mkdir(outDir, { recursive: true });

  const userDataDir = await mkdtemp(path.join(tmpdir(), 'sovet-diagrams-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${userDataDir}`
    ]
  });
  try {
    const page = await browser.newPage();
    // Everything is inlined: no request may leave the page.
    await page.setRequestInterception(true);
    page.on('request', (req) => (req.url().startsWith('data:') ? req.continue() : req.abort()));
    page.on('pageerror', (err) => console.error(`  page error: ${err.message}`));
    await page.setViewport({ width: targetWidth, height: 900, deviceScaleFactor: 1 });
    await page.setContent(await viewerPage(), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    for (const file of files) {
      await render(page, file);
    }
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
