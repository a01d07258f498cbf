// The small part of autocannon's API the load scripts use (the package ships no types, and we add no @types package).
declare module 'autocannon' {
  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  export type Options = {
    // Several addresses: connection i goes to the i-th in turn (bench/instances.ts spreads load over two instances).
    url: string | string[];
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    requests?: { setupRequest?: (req: Request, context: Record<string, unknown>) => Request }[];
  };
  export type Result = {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; average: number; max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  };
  export type Instance = {
    on(event: 'response', handler: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
    on(event: 'done', handler: (result: Result) => void): void;
    stop(): void;
  };
  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
