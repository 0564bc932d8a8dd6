// Reads the environment once (with .env via dotenv) and validates it; the only module that sees process.env.
import { config as loadDotenv } from 'dotenv';

export interface Config {
  corpusDir: string;
}

export const DEFAULT_CORPUS_DIR = 'seeds';

export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const corpusDir = env.CORPUS_DIR?.trim();
  return { corpusDir: corpusDir ? corpusDir : DEFAULT_CORPUS_DIR };
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
