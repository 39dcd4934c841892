export { createExtractor, defaultConcurrency, inThreadExtractor, workerExtractor, workerScript, type Extractor } from './pool';
