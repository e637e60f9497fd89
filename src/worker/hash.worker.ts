// The content hash of one import, computed beside it, so the reading thread only hands the bytes
// over. The first message names the scheme (stream-hash.ts).
import { newContentHash, type ContentHash, type HashScheme } from './stream-hash.ts';

let hash: ContentHash | null = null;

self.onmessage = async (e: MessageEvent<HashScheme | Uint8Array | null>) => {
  const message = e.data;
  if (typeof message === 'string') hash = newContentHash(message);
  else if (message) {
    // Hashed (or copied into the hash's block): the buffer goes back to be read into again.
    hash!.add(message);
    self.postMessage(message.buffer, [message.buffer]);
  } else self.postMessage(await hash!.finish());
};
