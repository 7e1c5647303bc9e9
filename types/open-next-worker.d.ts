// .open-next/worker.js, which `opennextjs-cloudflare build` writes (edge/worker.ts imports it).
declare const openNext: {
  fetch(request: Request, env: unknown, context: unknown): Promise<Response>
}
export default openNext
export declare class DOQueueHandler {}
