package de.kommsync;

import de.kommsync.model.Kind;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The options of a sync run. Immutable; build with {@link #builder()} or change a copy with {@link
 * #toBuilder()}.
 *
 * @param direction which changes a run applies; default {@link Direction#BOTH}
 * @param conflictPolicy how an entry changed on both sides is resolved; default {@link
 *     ConflictPolicy#CRM_WINS}
 * @param force whether the run overrides the mass-blank guard; default false
 * @param ignoreBackoff whether the run ignores {@code syncNextRetry}; default false
 * @param verify whether a run that wrote something re-reads both sides and checks that a fresh plan
 *     is empty; default true
 * @param hashMode how the communication hash is computed; default {@link HashMode#CONTENT}
 * @param guardShare the share (0 exclusive to 1 inclusive) of a side's synced values that a run
 *     must blank or remove to trip the guard; default 1.0 (all of them)
 * @param guardMinValues the guard only applies when a side holds at least this many synced values;
 *     default 2
 * @param remarkMaxLength the length limit of an entry's remark, in characters; default 255
 * @param defaultRegion the region for phone numbers written without a country code (ISO 3166
 *     alpha-2); default {@code DE}
 * @param partyFieldKinds the party's top-level contact fields whose values tell an entry's kind, by
 *     field name; default {@code mobil} → {@link Kind#MOBILE}
 * @param writeConflictStatus whether a run that resolved conflicts ends with status {@code
 *     conflict} instead of {@code clean}; default false
 * @param writeSyncingStatus whether a run writes {@code syncing} when it starts (one more CRM
 *     update); default false
 * @param partyWriteParallelism the most party-system writes of one run in flight at once; default
 *     32, so that a run with up to 32 entry writes costs one round trip for them; lower it when the
 *     party system takes fewer parallel requests (the global rate is set with a rate-limited
 *     wrapper)
 * @param clockSkewTolerance how much later than the last sync a CRM record's change time may be and
 *     still count as the run's own write; default 10 s
 */
public record SyncOptions(
    Direction direction,
    ConflictPolicy conflictPolicy,
    boolean force,
    boolean ignoreBackoff,
    boolean verify,
    HashMode hashMode,
    double guardShare,
    int guardMinValues,
    int remarkMaxLength,
    String defaultRegion,
    Map<String, Kind> partyFieldKinds,
    boolean writeConflictStatus,
    boolean writeSyncingStatus,
    int partyWriteParallelism,
    Duration clockSkewTolerance) {

  /** Checks the arguments and copies the map. */
  public SyncOptions {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(conflictPolicy, "conflictPolicy");
    Objects.requireNonNull(hashMode, "hashMode");
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    Objects.requireNonNull(clockSkewTolerance, "clockSkewTolerance");
    if (!(guardShare > 0 && guardShare <= 1)) {
      throw new IllegalArgumentException("guardShare must lie in (0, 1]");
    }
    if (guardMinValues < 1 || remarkMaxLength < 1 || partyWriteParallelism < 1) {
      throw new IllegalArgumentException("guardMinValues, remarkMaxLength and parallelism >= 1");
    }
    if (clockSkewTolerance.isNegative()) {
      throw new IllegalArgumentException("clockSkewTolerance must not be negative");
    }
    partyFieldKinds = Map.copyOf(partyFieldKinds);
  }

  /** Returns the default options. */
  public static SyncOptions defaults() {
    return builder().build();
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.direction = direction;
    b.conflictPolicy = conflictPolicy;
    b.force = force;
    b.ignoreBackoff = ignoreBackoff;
    b.verify = verify;
    b.hashMode = hashMode;
    b.guardShare = guardShare;
    b.guardMinValues = guardMinValues;
    b.remarkMaxLength = remarkMaxLength;
    b.defaultRegion = defaultRegion;
    b.partyFieldKinds = partyFieldKinds;
    b.writeConflictStatus = writeConflictStatus;
    b.writeSyncingStatus = writeSyncingStatus;
    b.partyWriteParallelism = partyWriteParallelism;
    b.clockSkewTolerance = clockSkewTolerance;
    return b;
  }

  /** Builds {@link SyncOptions}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private Direction direction = Direction.BOTH;
    private ConflictPolicy conflictPolicy = ConflictPolicy.CRM_WINS;
    private boolean force;
    private boolean ignoreBackoff;
    private boolean verify = true;
    private HashMode hashMode = HashMode.CONTENT;
    private double guardShare = 1.0;
    private int guardMinValues = 2;
    private int remarkMaxLength = 255;
    private String defaultRegion = "DE";
    private Map<String, Kind> partyFieldKinds = Map.of("mobil", Kind.MOBILE);
    private boolean writeConflictStatus;
    private boolean writeSyncingStatus;
    private int partyWriteParallelism = 32;
    private Duration clockSkewTolerance = Duration.ofSeconds(10);

    private Builder() {}

    /** Sets the direction. */
    public Builder direction(Direction value) {
      this.direction = value;
      return this;
    }

    /** Sets the conflict policy. */
    public Builder conflictPolicy(ConflictPolicy value) {
      this.conflictPolicy = value;
      return this;
    }

    /** Sets whether the run overrides the mass-blank guard. */
    public Builder force(boolean value) {
      this.force = value;
      return this;
    }

    /** Sets whether the run ignores the retry back-off. */
    public Builder ignoreBackoff(boolean value) {
      this.ignoreBackoff = value;
      return this;
    }

    /** Sets whether a run that wrote something verifies the result. */
    public Builder verify(boolean value) {
      this.verify = value;
      return this;
    }

    /** Sets the hash mode. */
    public Builder hashMode(HashMode value) {
      this.hashMode = value;
      return this;
    }

    /** Sets the guard's share, in (0, 1]. */
    public Builder guardShare(double value) {
      this.guardShare = value;
      return this;
    }

    /** Sets the smallest number of synced values the guard applies to. */
    public Builder guardMinValues(int value) {
      this.guardMinValues = value;
      return this;
    }

    /** Sets the remark length limit, in characters. */
    public Builder remarkMaxLength(int value) {
      this.remarkMaxLength = value;
      return this;
    }

    /** Sets the default phone region (ISO 3166 alpha-2). */
    public Builder defaultRegion(String value) {
      this.defaultRegion = value;
      return this;
    }

    /** Sets the party's top-level contact fields that tell an entry's kind. */
    public Builder partyFieldKinds(Map<String, Kind> value) {
      this.partyFieldKinds = value;
      return this;
    }

    /** Sets whether resolved conflicts end a run with status {@code conflict}. */
    public Builder writeConflictStatus(boolean value) {
      this.writeConflictStatus = value;
      return this;
    }

    /** Sets whether a run writes {@code syncing} when it starts. */
    public Builder writeSyncingStatus(boolean value) {
      this.writeSyncingStatus = value;
      return this;
    }

    /** Sets the most party-system writes in flight at once. */
    public Builder partyWriteParallelism(int value) {
      this.partyWriteParallelism = value;
      return this;
    }

    /** Sets the clock-skew tolerance of the "CRM record changed" check. */
    public Builder clockSkewTolerance(Duration value) {
      this.clockSkewTolerance = value;
      return this;
    }

    /** Builds the options. */
    public SyncOptions build() {
      return new SyncOptions(
          direction,
          conflictPolicy,
          force,
          ignoreBackoff,
          verify,
          hashMode,
          guardShare,
          guardMinValues,
          remarkMaxLength,
          defaultRegion,
          partyFieldKinds,
          writeConflictStatus,
          writeSyncingStatus,
          partyWriteParallelism,
          clockSkewTolerance);
    }
  }
}
