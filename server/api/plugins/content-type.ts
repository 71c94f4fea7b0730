// A body yoga has no parser for (text/plain, XML, …) is refused with 415 and, unlike
// yoga's empty 415, a JSON error that says what to send.
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.ts';

export function useContentType(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (requestParser) return;
      setRequestParser(() => {
        throw apiError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON (Content-Type: application/json), or a GET with the query in the URL.');
      });
    },
  };
}
