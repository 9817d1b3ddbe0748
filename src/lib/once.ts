/**
 * A value per key, made on first use and shared by every later use; a value whose making failed is
 * made again at the next use (a file that did not arrive is read again). Pure: no node:*, no DOM.
 */
export class OncePerKey<K, V> {
  private readonly made = new Map<K, Promise<V>>();
  private readonly make: (key: K) => Promise<V>;

  constructor(make: (key: K) => Promise<V>) {
    this.make = make;
  }

  get(key: K): Promise<V> {
    let v = this.made.get(key);
    if (!v) {
      v = this.make(key);
      this.made.set(key, v);
      v.catch(() => this.made.delete(key));
    }
    return v;
  }
}
