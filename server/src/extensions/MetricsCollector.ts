import type {
  afterLoadDocumentPayload,
  beforeHandleMessagePayload,
  Extension,
  onConfigurePayload,
} from "@hocuspocus/server";
import type { Metrics } from "../observability/Metrics.ts";

/** Feeds the Prometheus metrics from Hocuspocus's hooks. */
export class MetricsCollector implements Extension {
  extensionName = "MetricsCollector";
  private readonly metrics: Metrics;

  constructor(metrics: Metrics) {
    this.metrics = metrics;
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.metrics.readFrom({
      connections: () => instance.getConnectionsCount(),
      documents: () => instance.getDocumentsCount(),
    });
  }

  async beforeHandleMessage({ update }: beforeHandleMessagePayload): Promise<void> {
    this.metrics.messagesIn.inc();
    this.metrics.bytesIn.inc(update.byteLength);
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    document.on("update", (update: Uint8Array) => {
      const recipients = document.getConnectionsCount();
      this.metrics.updatesOut.inc(recipients);
      this.metrics.bytesOut.inc(update.byteLength * recipients);
    });
  }
}
