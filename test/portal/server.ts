import { readdir, readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createCertificate, type Certificate } from './certificate.ts';
import { answeredHosts, isAnsweredHost, mappedHosts, wrongCertificateHost, type MappedHost } from './hosts.ts';
import { requestUrl, route, send, type CharterTexts } from './routes.ts';

/** One request the portal answered, for tests and the demo's log. */
export interface PortalRequest {
  scheme: 'http' | 'https';
  method: string;
  host: string;
  /** Path and query. */
  path: string;
  status: number;
  userAgent: string;
  /** Whether the request carried cookies: the extension's own requests never do. */
  sentCookies: boolean;
  /** `Sec-Fetch-Site` and `Sec-Fetch-Dest`, `Origin` and `Referer`: they tell the extension's requests from the page's. */
  fetchSite: string;
  fetchDest: string;
  origin: string;
  referer: string;
}

export interface Portal {
  httpsPort: number;
  /** Plain HTTP, and the proxy port for Firefox's PAC script (it also accepts `CONNECT host:443`). */
  httpPort: number;
  /** Serves wrongCertificateHost with a certificate for another name. */
  wrongCertificatePort: number;
  hosts: readonly MappedHost[];
  certificate: Certificate;
  /** Every request answered so far, oldest first. */
  requests: PortalRequest[];
  close(): Promise<void>;
}

export interface PortalOptions {
  /** Called for each request answered (the demo prints them). */
  onRequest?: (request: PortalRequest) => void;
  /** Where the charter text files are; defaults to charters/ beside this module. */
  chartersDir?: string;
}

/** Starts the local Opendatasoft-like portal on two free loopback ports (HTTPS and HTTP/proxy). */
export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const [certificate, wrongCertificate, charters] = await Promise.all([
    createCertificate(answeredHosts),
    createCertificate([`autre-nom.${wrongCertificateHost}`]),
    loadCharters(options.chartersDir ?? fileURLToPath(new URL('./charters/', import.meta.url))),
  ]);
  const requests: PortalRequest[] = [];
  const sockets = new Set<Socket>();

  const handler = (scheme: 'http' | 'https') => (request: IncomingMessage, response: ServerResponse) => {
    const url = requestUrl(request, scheme);
    response.on('finish', () => {
      const entry: PortalRequest = {
        scheme,
        method: request.method ?? 'GET',
        host: url?.hostname ?? String(request.headers.host),
        path: url ? `${url.pathname}${url.search}` : (request.url ?? ''),
        status: response.statusCode,
        userAgent: request.headers['user-agent'] ?? '',
        sentCookies: request.headers.cookie !== undefined,
        fetchSite: String(request.headers['sec-fetch-site'] ?? ''),
        fetchDest: String(request.headers['sec-fetch-dest'] ?? ''),
        origin: String(request.headers.origin ?? ''),
        referer: String(request.headers.referer ?? ''),
      };
      requests.push(entry);
      options.onRequest?.(entry);
    });
    if (!url) {
      send(response, { status: 421, type: 'text/plain; charset=utf-8', body: 'Hôte inconnu du portail de test.\n' });
      return;
    }
    try {
      const reply = route(request, url, scheme, charters);
      // No reply: the request stays open until the client gives up or the portal closes.
      if (reply) send(response, reply);
    } catch (error) {
      send(response, { status: 500, type: 'text/plain; charset=utf-8', body: `${(error as Error).stack}\n` });
    }
  };

  // Requests of up to 64 KB of headers (Node's default is 16 KB): the flooding page of issue 12 has a 20 KB address.
  const maxHeaderSize = 64 * 1024;
  const https = createHttpsServer(
    { key: certificate.keyPem, cert: certificate.certPem, maxHeaderSize },
    handler('https'),
  );
  const http = createHttpServer({ maxHeaderSize }, handler('http'));
  const wrongName = createHttpsServer(
    { key: wrongCertificate.keyPem, cert: wrongCertificate.certPem },
    handler('https'),
  );
  for (const server of [https, http, wrongName]) server.on('connection', (socket: Socket) => track(sockets, socket));
  const httpsPort = await listen(https);
  http.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) =>
    tunnel(request, client, head, httpsPort, sockets),
  );
  const httpPort = await listen(http);
  const wrongCertificatePort = await listen(wrongName);

  return {
    httpsPort,
    httpPort,
    wrongCertificatePort,
    hosts: mappedHosts,
    certificate,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(
        [https, http, wrongName].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
    },
  };
}

/** `CONNECT host:443` from Firefox's proxy settings: pipes the socket to the HTTPS server, which does the TLS. */
function tunnel(request: IncomingMessage, client: Socket, head: Buffer, httpsPort: number, sockets: Set<Socket>): void {
  const [host = '', port = ''] = (request.url ?? '').split(':');
  if (!isAnsweredHost(host) || port !== '443') {
    client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    return;
  }
  const upstream = connect(httpsPort, '127.0.0.1', () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  track(sockets, upstream);
  track(sockets, client);
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
}

function track(sockets: Set<Socket>, socket: Socket): void {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function loadCharters(dir: string): Promise<CharterTexts> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.txt'));
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(`${dir}/${file}`, 'utf8')] as const)),
  );
}
