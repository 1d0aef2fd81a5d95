import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * Samplan's Prometheus metrics, in a registry of its own (so several servers in one test process
 * do not share counters). Counts and timings only: no names, no content.
 */
export class Metrics {
  readonly registry = new Registry();

  /** Where the gauges read their values when Prometheus scrapes, so they are never stale. */
  private sources = { connections: () => 0, documents: () => 0 };

  readonly connections: Gauge = new Gauge({
    name: "samplan_open_connections",
    help: "Open websocket connections to documents",
    registers: [this.registry],
    collect: (): void => this.connections.set(this.sources.connections()),
  });
  readonly documents: Gauge = new Gauge({
    name: "samplan_loaded_documents",
    help: "Meeting documents in memory",
    registers: [this.registry],
    collect: (): void => this.documents.set(this.sources.documents()),
  });
  readonly messagesIn = new Counter({
    name: "samplan_messages_in_total",
    help: "Websocket messages received on documents",
    registers: [this.registry],
  });
  readonly bytesIn = new Counter({
    name: "samplan_bytes_in_total",
    help: "Bytes of websocket messages received on documents",
    registers: [this.registry],
  });
  readonly updatesOut = new Counter({
    name: "samplan_updates_out_total",
    help: "Document updates sent to connected clients (one per update and recipient)",
    registers: [this.registry],
  });
  readonly bytesOut = new Counter({
    name: "samplan_update_bytes_out_total",
    help: "Bytes of document updates sent to connected clients",
    registers: [this.registry],
  });
  readonly appendSeconds = new Histogram({
    name: "samplan_update_append_seconds",
    help: "Time to make one update durable before it is applied",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly storeSeconds = new Histogram({
    name: "samplan_store_seconds",
    help: "Time to compact a document in storage",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly refusedAuthentications = new Counter({
    name: "samplan_refused_authentications_total",
    help: "Websocket connections refused, by reason",
    labelNames: ["reason"],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "samplan_" });
  }

  readFrom(sources: { connections: () => number; documents: () => number }): void {
    this.sources = sources;
  }
}
