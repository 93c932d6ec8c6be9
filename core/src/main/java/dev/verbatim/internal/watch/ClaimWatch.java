package dev.verbatim.internal.watch;

import dev.verbatim.Watch;
import dev.verbatim.verify.ReportedSpeech;
import dev.verbatim.verify.Verifier;
import java.util.Set;

/**
 * A claim, read once as verify reads it: its words without the reporting frame, the speaker it is
 * checked against (the one asked, else the frame's), its content stems, its embedding (null without
 * one).
 */
final class ClaimWatch {
  private final Watch watch;
  final String words;
  final String speaker;
  private final Set<String> stems;
  private final float[] vector;

  ClaimWatch(Watch watch, float[] vector) {
    String claim = watch.request().claim();
    ReportedSpeech reported = ReportedSpeech.of(claim);
    this.watch = watch;
    this.words = reported.words().isBlank() ? claim : reported.words();
    this.speaker =
        watch.request().speaker() != null ? watch.request().speaker() : reported.speaker();
    this.stems = Verifier.contentStems(words);
    this.vector = vector;
  }

  Watch watch() {
    return watch;
  }

  Set<String> stems() {
    return stems;
  }

  float[] vector() {
    return vector;
  }
}
