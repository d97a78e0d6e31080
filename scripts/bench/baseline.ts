/**
 * The bare Astro 7 + MDX baseline the benchmark compares against: the same
 * MDX files in a content collection, one page per report rendering its body,
 * default settings, no annotation, no search, no checks.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function writeBaseline(root: string, contentReports: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages', 'reports'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { reports: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(resolve(contentReports))} }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src', 'pages', 'reports', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('reports')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
}
