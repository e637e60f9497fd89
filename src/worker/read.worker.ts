// The reading half of an import, beside the engine worker that stores what it reads.
import { serveFrameReading, type Port } from './frame-reading.ts';

serveFrameReading(self as unknown as Port);
