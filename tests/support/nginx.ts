/**
 * Debian's nginx serving dist/ under a sub-path, for the browser suite's
 * second run: the same tests against a real web server's MIME types,
 * directory indexes, redirects and 404 handling. Started and stopped by the
 * tests; its files live in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The configuration: the site folder appears at `prefix` through a symlink under a private root. */
export function nginxConfig(work: string, port: number, prefix: string, asRoot: boolean): string {
  const temp = (name: string) => join(work, name);
  return `${asRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types {
    application/wasm wasm;
    application/octet-stream pf_meta pf_index pf_fragment pf_filter pagefind;
    text/markdown mdx;
    application/x-bibtex bib;
  }
  charset utf-8;
  charset_types text/plain text/css application/json text/javascript application/javascript text/csv image/svg+xml text/markdown application/x-bibtex application/xml application/atom+xml;
  access_log off;
  absolute_redirect off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${temp('www')};
    location ${prefix} {
      index index.html;
      try_files $uri $uri/ =404;
      error_page 404 ${prefix}404.html;
    }
  }
}
`;
}

export interface RunningNginx {
  url: string;
  close(): Promise<void>;
}

export async function startNginx(dist: string, prefix: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}. Install it with: apt-get install -y nginx (.ci/run does), or set NGINX_PATH`);
  }
  const work = mkdtempSync(join(tmpdir(), 'tifa-nginx-'));
  const site = join(work, 'www', ...prefix.split('/').filter(Boolean));
  mkdirSync(join(site, '..'), { recursive: true });
  symlinkSync(resolve(dist), site);
  const port = await freePort();
  const conf = join(work, 'nginx.conf');
  writeFileSync(conf, nginxConfig(work, port, prefix, process.getuid?.() === 0));
  const child: ChildProcess = spawn(NGINX, ['-p', work, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}${prefix}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}: ${stderr.trim()}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 50) throw new Error(`nginx did not answer on ${url} within 5 s: ${stderr.trim()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        child.once('exit', () => {
          rmSync(work, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}
