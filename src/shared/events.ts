/** Details of a `conf-error`: the message, and where known the URL and the JSON path. */
export interface ConfErrorDetail {
  readonly message: string;
  readonly url?: string;
  readonly path?: string;
}

const options = { bubbles: true, composed: true } as const;

/** The widget's data could not be loaded or used. */
export class ConfErrorEvent extends Event {
  constructor(readonly detail: ConfErrorDetail) {
    super('conf-error', options);
  }
}

/** The widget has rendered its data. */
export class ConfReadyEvent extends Event {
  constructor() {
    super('conf-ready', options);
  }
}

/** A deadline shown by a countdown has just passed. */
export class ConfDeadlineEvent extends Event {
  constructor(readonly detail: { readonly id: string; readonly label: string }) {
    super('conf-deadline', options);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'conf-error': ConfErrorEvent;
    'conf-ready': ConfReadyEvent;
    'conf-deadline': ConfDeadlineEvent;
  }
}
