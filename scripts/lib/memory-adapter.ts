// oidc-provider's storage, in memory, with one extra: `clearAll` ends every session and grant at
// once (the test provider's "revoke everything", which makes the next refresh fail).
type Payload = Record<string, unknown> & { grantId?: string; uid?: string; consumed?: number };

const store = new Map<string, { payload: Payload; expiresAt: number }>();
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'Grant']);

function get(key: string): Payload | undefined {
  const entry = store.get(key);
  if (!entry) return undefined;
  if (entry.expiresAt < Date.now()) {
    store.delete(key);
    return undefined;
  }
  return entry.payload;
}

export function clearAll(): void {
  store.clear();
}

// oidc-provider's Adapter interface is promise-based; this store answers at once.
/* eslint-disable @typescript-eslint/require-await */
export class MemoryAdapter {
  constructor(private readonly model: string) {}

  private key(id: string) {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: Payload, expiresIn: number) {
    const expiresAt = Date.now() + (expiresIn || 3600) * 1000;
    store.set(this.key(id), { payload, expiresAt });
    if (this.model === 'Session' && payload.uid) {
      store.set(`sessionUid:${payload.uid}`, { payload: { id }, expiresAt });
    }
  }

  async find(id: string) {
    return get(this.key(id));
  }

  async findByUid(uid: string) {
    const ref = get(`sessionUid:${uid}`);
    return typeof ref?.id === 'string' ? this.find(ref.id) : undefined;
  }

  async findByUserCode() {
    return undefined;
  }

  async consume(id: string) {
    const payload = get(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string) {
    store.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string) {
    for (const [key, { payload }] of store) {
      const model = key.slice(0, key.indexOf(':'));
      if (GRANTABLE.has(model) && payload.grantId === grantId) store.delete(key);
    }
  }
}
