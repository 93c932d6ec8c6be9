package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchGateTest {
  @Test
  void aFullQueueIsRefusedAtOnceAndAFreedSlotLetsTheNextIn() {
    SearchGate gate = new SearchGate(1, 0);
    SearchGate.Turn first = gate.enter(Duration.ofSeconds(10));
    assertThatThrownBy(() -> gate.enter(Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.status).isEqualTo(503);
              assertThat(e.code).isEqualTo("overloaded");
            })
        .hasMessageContaining("too many searches are waiting");
    assertThat(gate.shed()).isEqualTo(1);
    first.close();
    try (SearchGate.Turn second = gate.enter(Duration.ofSeconds(10))) {
      assertThat(gate.running(1)).isEqualTo(1);
      assertThat(second.remaining()).isPositive();
    }
    assertThat(gate.running(1)).isZero();
  }

  @Test
  void aRequestThatWaitsPastItsLimitIsRefusedAndItsWaitCounts() {
    SearchGate gate = new SearchGate(1, 1);
    try (SearchGate.Turn held = gate.enter(Duration.ofSeconds(10))) {
      assertThat(held.remaining()).isPositive();
      assertThatThrownBy(() -> gate.enter(Duration.ofMillis(20)))
          .isInstanceOf(HttpException.class)
          .hasMessageContaining("no search slot came free in time");
      assertThat(gate.waiting()).isZero();
    }
    try (SearchGate.Turn turn = gate.enter(Duration.ofSeconds(10))) {
      assertThat(turn.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
    }
    try (SearchGate.Turn none = gate.enter(Duration.ZERO)) {
      assertThat(none.remaining()).isZero();
    }
  }

  @Test
  void noRequestWaitsLongerThanTheLongestWaitWhateverItsLimit() {
    SearchGate gate = new SearchGate(1, 8, Duration.ofMillis(50));
    try (SearchGate.Turn held = gate.enter(Duration.ofSeconds(10))) {
      assertThat(held.remaining()).isPositive();
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> gate.enter(Duration.ofSeconds(10)))
          .isInstanceOf(HttpException.class)
          .hasMessageContaining("no search slot came free in time");
      // refused after the longest wait (50 ms), not after the 10 s search limit
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      assertThat(gate.shed()).isEqualTo(1);
    }
  }

  @Test
  void oneClientHoldsAtMostItsShareAndTheOthersKeepTheirs() {
    SearchGate gate = new SearchGate(4, 64, Duration.ofMillis(500), 2);
    SearchGate.Turn a1 = gate.enter("10.0.0.1", Duration.ofSeconds(10));
    SearchGate.Turn a2 = gate.enter("10.0.0.1", Duration.ofSeconds(10));
    // a third from the same address is past its share: refused at once, not queued
    assertThatThrownBy(() -> gate.enter("10.0.0.1", Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.status).isEqualTo(429);
              org.assertj.core.api.Assertions.assertThat(e.code).isEqualTo("too_many_requests");
            });
    // another client still finds its two slots
    SearchGate.Turn b1 = gate.enter("10.0.0.2", Duration.ofSeconds(10));
    SearchGate.Turn b2 = gate.enter("10.0.0.2", Duration.ofSeconds(10));
    org.assertj.core.api.Assertions.assertThat(gate.running(4)).isEqualTo(4);
    b1.close();
    b2.close();
    a1.close();
    // a finished search gives the share back
    SearchGate.Turn again = gate.enter("10.0.0.1", Duration.ofSeconds(10));
    org.assertj.core.api.Assertions.assertThat(gate.running(4)).isEqualTo(2);
    again.close();
    a2.close();
    org.assertj.core.api.Assertions.assertThat(gate.running(4)).isZero();
  }

  @Test
  void theDefaultShareLetsAPageAskThreeThingsAtOnceAndLeavesOthersASlot() {
    org.assertj.core.api.Assertions.assertThat(ServerSettings.defaultShare(1)).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(ServerSettings.defaultShare(2)).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(ServerSettings.defaultShare(4)).isEqualTo(3);
    org.assertj.core.api.Assertions.assertThat(ServerSettings.defaultShare(16)).isEqualTo(8);
  }

  @Test
  void anExpensiveQuerySpendsSeveralUnitsOfItsClientsShare() {
    SearchGate gate = new SearchGate(4, 4, Duration.ofMillis(100), 3);
    SearchGate.Turn expensive = gate.enter("10.0.0.1", Duration.ofSeconds(10), 3);
    // the client's share is spent: even an ordinary search of it waits for the expensive one
    assertThatThrownBy(() -> gate.enter("10.0.0.1", Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status).isEqualTo(429));
    // while it runs on one slot only: other clients find the rest
    SearchGate.Turn other = gate.enter("10.0.0.2", Duration.ofSeconds(10));
    SearchGate.Turn third = gate.enter("10.0.0.3", Duration.ofSeconds(10));
    assertThat(gate.running(4)).isEqualTo(3);
    other.close();
    third.close();
    expensive.close();
    // more units than the share are the whole share: the query can still run alone
    SearchGate.Turn huge = gate.enter("10.0.0.1", Duration.ofSeconds(10), 1_000);
    assertThatThrownBy(() -> gate.enter("10.0.0.1", Duration.ofSeconds(10), 2))
        .isInstanceOf(HttpException.class)
        .hasMessageContaining("this query is expensive (it counts as 2 of the 3");
    huge.close();
    gate.enter("10.0.0.1", Duration.ofSeconds(10)).close();
  }
}
