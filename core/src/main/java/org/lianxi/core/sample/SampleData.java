package org.lianxi.core.sample;

import org.immutables.value.Value;
import org.lianxi.core.domain.Dataset;

/** A generated sample: its facts and the manifest of what was planted. Immutable, thread-safe. */
@Value.Immutable
public abstract class SampleData {
  public abstract Dataset dataset();

  public abstract SampleManifest manifest();

  public static SampleData of(Dataset dataset, SampleManifest manifest) {
    return builder().dataset(dataset).manifest(manifest).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SampleData}. */
  public static final class Builder extends ImmutableSampleData.Builder {}
}
