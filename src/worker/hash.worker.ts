// The content hash of one import, computed beside it: WebCrypto's digest runs on the calling
// thread, and 69 MB of it took ~450 ms from the import's own thread.
import { StreamHash } from './stream-hash.ts';

const hash = new StreamHash();

self.onmessage = async (e: MessageEvent<Uint8Array | null>) => {
  if (e.data) {
    // The bytes are copied into the hash's block: the buffer goes back to be read into again.
    hash.add(e.data);
    self.postMessage(e.data.buffer, [e.data.buffer]);
  } else self.postMessage(await hash.finish());
};
