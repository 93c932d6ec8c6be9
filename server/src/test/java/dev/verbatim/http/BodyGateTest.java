package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyGateTest {
  @Test
  void oneClientPastItsBoundIsRefusedWhileAnotherIsNot() {
    BodyGate gate = new BodyGate(2, 10);
    BodyGate.Receiving one = gate.enter("10.0.0.1");
    BodyGate.Receiving two = gate.enter("10.0.0.1");
    assertThatThrownBy(() -> gate.enter("10.0.0.1"))
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status).isEqualTo(429))
        .hasMessageContaining("already sending 2 request bodies");
    BodyGate.Receiving other = gate.enter("10.0.0.2");
    assertThat(gate.receiving()).isEqualTo(3);
    other.close();
    one.close();
    one.close(); // closing twice frees one place, not two
    BodyGate.Receiving again = gate.enter("10.0.0.1");
    assertThat(gate.receiving()).isEqualTo(2);
    assertThatThrownBy(() -> gate.enter("10.0.0.1")).isInstanceOf(HttpException.class);
    again.close();
    two.close();
    assertThat(gate.receiving()).isZero();
  }

  @Test
  void theServerPastItsTotalRefusesEveryoneWith503AndRecovers() throws Exception {
    BodyGate gate = new BodyGate(2, 3);
    BodyGate.Receiving a = gate.enter("a");
    BodyGate.Receiving b = gate.enter("b");
    BodyGate.Receiving c = gate.enter("c");
    assertThatThrownBy(() -> gate.receive("d", () -> "never read"))
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.status).isEqualTo(503);
              assertThat(e.code).isEqualTo("overloaded");
            });
    assertThat(gate.receiving()).isEqualTo(3);
    a.close();
    // the refused client's count was given back: it may send now, and the place is freed after
    assertThat(gate.receive("d", () -> gate.receiving())).isEqualTo(3);
    assertThat(gate.receiving()).isEqualTo(2);
    // a read that fails (the client hung up) frees its place too
    assertThatThrownBy(
            () ->
                gate.receive(
                    "d",
                    () -> {
                      throw new java.io.EOFException("hung up");
                    }))
        .isInstanceOf(java.io.EOFException.class);
    b.close();
    c.close();
    assertThat(gate.receiving()).isZero();
  }
}
