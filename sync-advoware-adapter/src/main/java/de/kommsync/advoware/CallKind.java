package de.kommsync.advoware;

/** How a call may be repeated and whether a lost answer leaves its effect unknown. */
enum CallKind {
  /** A read (or a token request): no effect on the data; repeatable. */
  READ(true, false),
  /** A write that sets absolute values (PUT): repeatable, but a lost answer leaves it unknown. */
  IDEMPOTENT_WRITE(true, true),
  /** A create (POST): never repeated once it may have reached the server. */
  CREATE(false, true);

  private final boolean repeatable;
  private final boolean write;

  CallKind(boolean repeatable, boolean write) {
    this.repeatable = repeatable;
    this.write = write;
  }

  /** Returns whether sending the call twice has the same effect as sending it once. */
  boolean repeatable() {
    return repeatable;
  }

  /** Returns whether the call changes data, so that a lost answer leaves its outcome unknown. */
  boolean write() {
    return write;
  }
}
