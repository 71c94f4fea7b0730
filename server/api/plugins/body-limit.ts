// Refuses request bodies over MAX_REQUEST_BYTES before they are parsed: at once when the
// Content-Length says so, else while streaming (chunked uploads), with 413 and a clear message.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

function tooLarge(limit: number, bytes?: number) {
  const size = bytes === undefined ? 'over' : `${bytes} bytes,`;
  return createGraphQLError(`The request is ${size} more than the ${limit} bytes accepted (MAX_REQUEST_BYTES).`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', limit, http: { status: 413 } },
  });
}

async function readLimited(request: Request, limit: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw createGraphQLError('The request body is not valid JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw createGraphQLError('The request body must be a JSON object.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
  }
  return body as Record<string, unknown>;
}

export function useBodyLimit(limit: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (!(declared > limit)) return;
      const error = tooLarge(limit, declared);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE', limit } }] }), {
          status: 413,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
    onRequestParse({ request, setRequestParser }) {
      // A declared length was checked above, and Node reads no more than it declares.
      if (request.method !== 'POST' || request.headers.has('content-length')) return;
      const json = /json/i.test(request.headers.get('content-type') ?? '');
      setRequestParser(async (req) => {
        if (!json) {
          throw createGraphQLError('Send the request as JSON, or with a Content-Length.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 411 } },
          });
        }
        return parseJsonBody(await readLimited(req, limit));
      });
    },
  };
}
