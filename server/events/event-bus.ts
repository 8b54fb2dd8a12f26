/** In-process fan-out of committed changes to the open server-sent-event streams. */
export interface ServerEvent {
  type: 'onboarding' | 'grid';
  id: number;
  version: number;
  action: string;
  status?: string;
}

type Listener = (e: ServerEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  emit(e: ServerEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // A broken stream must not stop the others (or the write that emitted).
      }
    }
  }
}
